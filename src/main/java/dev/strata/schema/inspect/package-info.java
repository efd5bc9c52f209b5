/** Reads a database's catalog into a SchemaModel: one SQL resource per object kind, a handful of bulk queries. */
@NullMarked
package dev.strata.schema.inspect;

import org.jspecify.annotations.NullMarked;
