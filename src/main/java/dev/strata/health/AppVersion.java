package dev.strata.health;

/**
 * The application's version as built (Maven's build-info), or {@code dev} when run from classes
 * that were not packaged.
 *
 * @param value the version string
 */
record AppVersion(String value) {
}
