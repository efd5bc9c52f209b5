/** Sessions and rotating refresh tokens in Redis, so revocation is immediate on every replica. */
@NullMarked
package dev.strata.auth.session;

import org.jspecify.annotations.NullMarked;
