/** The built-in user store: users and password hashes in PostgreSQL over R2DBC. */
@NullMarked
package dev.strata.auth.local;

import org.jspecify.annotations.NullMarked;
