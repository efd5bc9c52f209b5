/** Authentication settings (the JWT secret) and, later, the auth endpoints. */
@NullMarked
package dev.strata.auth;

import org.jspecify.annotations.NullMarked;
