/** The service's access tokens: JWTs made and checked with jjwt. */
@NullMarked
package dev.strata.auth.tokens;

import org.jspecify.annotations.NullMarked;
