/** Settings parsing (every database URL form, pooler mode, .env) and app-wide wiring. */
@NullMarked
package dev.strata.config;

import org.jspecify.annotations.NullMarked;
