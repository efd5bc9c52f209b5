/** The Redis client (Lettuce through Spring Data Redis) that sessions and health use. */
@NullMarked
package dev.strata.redis;

import org.jspecify.annotations.NullMarked;
