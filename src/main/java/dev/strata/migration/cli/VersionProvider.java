package dev.strata.migration.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code strata db --version}: the version of the jar. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = DbCommand.class.getPackage().getImplementationVersion();
        return new String[] {"strata " + (version == null ? "dev" : version)};
    }
}
