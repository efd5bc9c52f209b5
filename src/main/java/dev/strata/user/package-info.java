/** The user profile: the users table and its reads and writes over R2DBC. */
@NullMarked
package dev.strata.user;

import org.jspecify.annotations.NullMarked;
