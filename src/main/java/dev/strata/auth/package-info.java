/** The auth endpoints, their security and rate limits; the user store is local/ or supabase/, sessions session/, tokens tokens/. */
@NullMarked
package dev.strata.auth;

import org.jspecify.annotations.NullMarked;
