/**
 * The desired schema of autogenerate: the JPA entity classes rendered by Hibernate's schema
 * generation for PostgreSQL, then the declarative SQL files of {@code db/schema/} (what JPA
 * cannot say: functions, triggers, views, policies, grants), applied to a scratch database.
 * No Spring context: this runs inside the {@code db} commands.
 */
@NullMarked
package dev.strata.migration.autogenerate.desired;

import org.jspecify.annotations.NullMarked;
