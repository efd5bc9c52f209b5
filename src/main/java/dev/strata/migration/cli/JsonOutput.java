package dev.strata.migration.cli;

import java.io.PrintStream;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code --json} option of the verbs that report state, mixed into each, and the one place
 * that prints their result: pretty-printed JSON with the option, else the verb's text. Each verb's
 * help line for the option names the shape it prints, so it comes from the resource bundle
 * ({@code JsonShapes.properties}) under the verb's name.
 */
final class JsonOutput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    JsonOutput(CliContext context) {
        this.out = context.out;
    }

    /** Prints the {@code value} as JSON with {@code --json}; else runs {@code text}, which prints it for people. */
    void print(Supplier<Object> value, Runnable text) {
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value.get()));
        } else {
            text.run();
        }
    }
}
