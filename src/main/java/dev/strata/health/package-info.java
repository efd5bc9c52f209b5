/** The /health endpoint and the readiness indicators built on the same dependency checks. */
@NullMarked
package dev.strata.health;

import org.jspecify.annotations.NullMarked;
