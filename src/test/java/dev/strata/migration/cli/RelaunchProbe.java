package dev.strata.migration.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of {@link CliRelaunchTests}' jars: writes its arguments, JVM options and the
 * relaunch marker to the file its last argument names, prints one line and exits with {@link #EXIT}.
 */
public final class RelaunchProbe {

    static final int EXIT = 3;

    static final String OUTPUT = "probe ran";

    private RelaunchProbe() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String arg : args) {
            lines.add("arg " + arg);
        }
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            lines.add("jvm " + option);
        }
        String marker = System.getenv(CliRelaunch.RELAUNCHED);
        lines.add("env " + CliRelaunch.RELAUNCHED + "=" + marker);
        Files.write(Path.of(args[args.length - 1]), lines);
        System.out.println(OUTPUT);
        System.exit(EXIT);
    }
}
