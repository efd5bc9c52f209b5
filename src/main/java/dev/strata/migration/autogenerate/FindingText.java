package dev.strata.migration.autogenerate;

import dev.strata.schema.Finding;
import dev.strata.schema.Hazard;
import dev.strata.schema.Rename;
import dev.strata.schema.RenameArgument;
import dev.strata.schema.RenameHint;
import java.util.List;

/**
 * A diff's findings as the lines {@code db diff} prints on stderr and a generated migration lists
 * in its header: {@code KIND: change why; what to do}, or a possible rename with the {@code --rename} that
 * asserts it.
 */
public final class FindingText {

    private FindingText() {
    }

    public static List<String> lines(List<? extends Finding> findings) {
        return findings.stream().map(FindingText::line).toList();
    }

    public static String line(Finding finding) {
        return switch (finding) {
            case Hazard hazard -> hazard.kind() + ": " + hazard.change().describe() + " " + hazard.why() + "; "
                    + hazard.whatToDo();
            case RenameHint hint -> rename(hint);
        };
    }

    private static String rename(RenameHint hint) {
        Rename rename = hint.rename();
        String argument = RenameArgument.format(rename);
        return rename.column() == null
                ? "possible rename: table " + rename.table() + " was dropped and "
                        + rename.table().withName(rename.newName())
                        + " created with the same columns; to keep its rows pass --rename " + argument
                : "possible rename: column " + rename.table() + "." + rename.column() + " was dropped and "
                        + rename.newName() + " added with the same type (" + hint.type()
                        + "); to keep its data pass --rename " + argument;
    }
}
