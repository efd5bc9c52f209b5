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

    private final PrintStream out;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    JsonOutput(CliContext context) {
        this.out = context.out;
    }

    /** Prints the {@code value} as JSON with {@code --json}; else runs {@code text}, which prints it for people. */
    void print(Supplier<Object> value, Runnable text) {
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value.get()));
        } else {
            text.run();
        }
    }

    /**
     * The mapper, made on first use: picocli makes every verb's options, so a field of this class
     * would load Jackson (some 0.3 s of a command's start) for commands that print no JSON.
     */
    private static final class Json {

        static final JsonMapper MAPPER = JsonMapper.builder().build();

        private Json() {
        }
    }
}
