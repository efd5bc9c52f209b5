/** Settings at the bottom of every module: each variable parsed once from {@link dev.strata.settings.Env} into records, with its default and bounds, and the one failure type a user acts on. */
@NullMarked
package dev.strata.settings;

import org.jspecify.annotations.NullMarked;
