/** Strata: a Spring Boot API foundation for Supabase and PostgreSQL. */
@NullMarked
package dev.strata;

import org.jspecify.annotations.NullMarked;
