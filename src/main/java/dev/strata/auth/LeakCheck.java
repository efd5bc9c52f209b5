package dev.strata.auth;

import reactor.core.publisher.Mono;

/**
 * Whether a new password is known from a data breach. Completes empty when the password may be
 * used; fails with 422 {@code weak_password} when it is leaked, or with 503 when the answer
 * cannot be had (see {@link PwnedPasswordsCheck}).
 */
@FunctionalInterface
interface LeakCheck {

    /** No check: the default, and Supabase mode (the project has its own). */
    LeakCheck OFF = password -> Mono.empty();

    Mono<Void> check(String password);
}
