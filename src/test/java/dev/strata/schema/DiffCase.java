package dev.strata.schema;

import dev.strata.schema.model.SchemaModel;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One fixture case of the diff engine: {@code src/test/resources/schema/diff/<name>/} with
 * {@code from.sql}, {@code to.sql}, optionally {@code check.sql} (run on the migrated database;
 * raises when data did not survive) and {@code case.properties} (what {@code db diff} must do).
 *
 * @param name the folder name
 * @param directory the folder
 * @param exit the exit code of {@code db diff} without {@code --unsafe}: 0, 2 or 3
 * @param args extra arguments, e.g. {@code --rename users.name=users.full_name}
 * @param contains fragments the up script must contain (case and whitespace aside)
 * @param absent fragments it must not contain
 * @param stderr fragments stderr must contain
 * @param transactional whether the script must (true) or must not (false) run in one transaction;
 *     null when the case does not say
 * @param pending why the engine does not pass this case yet, null when it must pass
 * @param backwards whether this is the case run from {@code to.sql} to {@code from.sql}
 * @param pendingBackwards why the engine does not pass the case the other way round yet
 *     ({@code pending_backwards=<why>}), null when it must pass
 */
record DiffCase(String name, Path directory, int exit, List<String> args, List<String> contains,
        List<String> absent, List<String> stderr, @Nullable Boolean transactional, @Nullable String pending,
        boolean backwards, @Nullable String pendingBackwards) {

    private static final Set<String> KEYS = Set.of("exit", "args", "contains", "absent", "stderr", "transactional",
            "pending", "pending_backwards");

    /** Every case on the test class path, by name. */
    static List<DiffCase> all() {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(Files::isDirectory).sorted().map(DiffCase::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiffCase load(Path directory) {
        String name = directory.getFileName().toString();
        Properties properties = properties(directory.resolve("case.properties"));
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(
                        name + "/case.properties: unknown key '" + key + "', expected one of " + KEYS);
            }
        }
        int exit = Integer.parseInt(properties.getProperty("exit", "2").strip());
        if (exit != 0 && exit != 2 && exit != 3) {
            throw new IllegalArgumentException(name + "/case.properties: exit must be 0, 2 or 3, got " + exit);
        }
        String transactional = properties.getProperty("transactional");
        if (transactional != null && !transactional.strip().matches("true|false")) {
            throw new IllegalArgumentException(name + "/case.properties: transactional must be true or false");
        }
        return new DiffCase(name, directory, exit, words(properties.getProperty("args", "")),
                fragments(properties.getProperty("contains")), fragments(properties.getProperty("absent")),
                fragments(properties.getProperty("stderr")),
                transactional == null ? null : Boolean.valueOf(transactional.strip()),
                properties.getProperty("pending"), false, properties.getProperty("pending_backwards"));
    }

    /**
     * The case the other way round: {@code to.sql} to {@code from.sql}, renames reversed. Its
     * exit code is 0 exactly when the case's is; what the script contains, stderr and
     * {@code check.sql} are the forward case's only.
     */
    DiffCase reversed() {
        return new DiffCase(name, directory, exit, reversedArgs(), List.of(), List.of(), List.of(), null,
                pendingBackwards, !backwards, pending);
    }

    String from() {
        return read(backwards ? "to.sql" : "from.sql");
    }

    String to() {
        return read(backwards ? "from.sql" : "to.sql");
    }

    /** The data check, or null when the case has none (nor has its reversed case). */
    @Nullable String check() {
        return !backwards && Files.exists(directory.resolve("check.sql")) ? read("check.sql") : null;
    }

    /** The {@code OLD=NEW} values of the {@code --rename} arguments. */
    List<String> renames() {
        return values("--rename");
    }

    /** The renames as the facade takes them, read as {@code db diff} reads them. */
    List<Rename> renames(SchemaModel from) {
        return renames().stream().map(flag -> RenameArgument.parse(flag, from)).toList();
    }

    /** What the diff compares: the {@code --schema} arguments, every user schema when there are none. */
    SchemaFilter filter() {
        return new SchemaFilter(schemas());
    }

    /** The {@code --schema} values: what the diff compares, every user schema when empty. */
    List<String> schemas() {
        return values("--schema");
    }

    /** The arguments without the renames: once applied, the old names no longer exist. */
    List<String> argsWithoutRenames() {
        List<String> kept = new ArrayList<>();
        schemas().forEach(schema -> kept.addAll(List.of("--schema", schema)));
        return kept;
    }

    /**
     * The arguments of the way back: every rename {@code OLD=NEW} as {@code NEW=OLD}; a column of
     * a table renamed too is named under the table's new name, which is its name on the way back.
     */
    List<String> reversedArgs() {
        List<String> reversed = new ArrayList<>(argsWithoutRenames());
        java.util.Map<String, String> tables = new java.util.HashMap<>();
        for (String rename : renames()) {
            int equals = rename.indexOf('=');
            tables.put(rename.substring(0, equals), rename.substring(equals + 1));
        }
        for (String rename : renames()) {
            int equals = rename.indexOf('=');
            String old = rename.substring(0, equals);
            String target = rename.substring(equals + 1);
            int dot = old.lastIndexOf('.');
            String table = dot < 0 ? null : tables.get(old.substring(0, dot));
            if (table != null) {
                String column = target.substring(target.lastIndexOf('.') + 1);
                reversed.addAll(List.of("--rename", table + "." + column + "=" + table + old.substring(dot)));
            } else {
                reversed.addAll(List.of("--rename", target + "=" + old));
            }
        }
        return reversed;
    }

    private List<String> values(String option) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals(option)) {
                values.add(args.get(i + 1));
            }
        }
        return values;
    }

    private String read(String file) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + "/" + file, e);
        }
    }

    private static Path root() {
        URL root = Objects.requireNonNull(DiffCase.class.getResource("/schema/diff"),
                "no schema/diff on the class path");
        try {
            return Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    private static List<String> fragments(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\|")).map(String::strip)
                .filter(fragment -> !fragment.isEmpty()).toList();
    }
}
