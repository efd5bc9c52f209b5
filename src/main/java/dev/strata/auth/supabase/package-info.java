/**
 * Supabase Auth as the user store ({@code SUPABASE_URL} set): its REST API over a non-blocking
 * client, its error answers mapped to the service's, and its access tokens verified against the
 * project's JWKS or legacy secret.
 */
@NullMarked
package dev.strata.auth.supabase;

import org.jspecify.annotations.NullMarked;
