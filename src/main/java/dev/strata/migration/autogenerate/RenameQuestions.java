package dev.strata.migration.autogenerate;

import dev.strata.schema.RenameArgument;
import dev.strata.schema.RenameHint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The question {@code revision --autogenerate} asks about a drop and an add that look like a
 * rename, as Django's {@code makemigrations} does: "Was users.name renamed to users.full_name?
 * [y/N]". Asked only on a terminal; elsewhere the hint and {@code --rename} stay the way.
 */
@FunctionalInterface
public interface RenameQuestions {

    /** Whether the person answered yes to {@code question}. */
    boolean confirm(String question);

    /** No terminal: nothing is asked, and no rename is assumed. */
    static RenameQuestions none() {
        return question -> false;
    }

    /** Asks on {@code out} and reads the answer from {@code in}: y or yes (any case) is yes, anything else no. */
    static RenameQuestions reading(BufferedReader in, PrintWriter out) {
        return question -> {
            out.print(question + " ");
            out.flush();
            try {
                String answer = in.readLine();
                return answer != null && (answer.strip().equalsIgnoreCase("y")
                        || answer.strip().toLowerCase(Locale.ROOT).equals("yes"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The question about one possible rename, in the words of its {@code --rename} argument. */
    static String question(RenameHint hint) {
        String[] sides = RenameArgument.format(hint.rename()).split("=", 2);
        return "Was " + sides[0] + " renamed to " + sides[1] + "? [y/N]";
    }
}
