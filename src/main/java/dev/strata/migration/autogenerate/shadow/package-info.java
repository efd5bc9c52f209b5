/**
 * Scratch ("shadow") databases for autogenerate: made with a random name on a server where
 * {@code CREATE DATABASE} is allowed, and dropped when the command ends, fails or is interrupted.
 */
@NullMarked
package dev.strata.migration.autogenerate.shadow;

import org.jspecify.annotations.NullMarked;
