import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code from.sql} and {@code to.sql} for the schema diff benchmark: a realistic schema of
 * N tables (about ten columns each: mixed types, defaults, NOT NULL, enums, foreign keys to earlier
 * tables, plain, unique and multi-column indexes), and the same schema with a share of its tables
 * changed (columns added, dropped and retyped, an index added), enum values added and two new
 * tables. The same arguments always give the same files.
 *
 * <pre>java bench/SchemaGenerator.java --tables 500 --changed-percent 5 --seed 1 --out DIR</pre>
 */
public class SchemaGenerator {

    /** A column: its SQL after the name (type, NOT NULL, default). */
    record Column(String name, String definition) {
    }

    /** A table as it is rendered; mutable, so the target can be derived from the source. */
    static final class Table {
        final String name;
        final List<Column> columns = new ArrayList<>();
        final List<String> indexes = new ArrayList<>();
        final Set<String> indexed = new HashSet<>();

        Table(String name) {
            this.name = name;
        }
    }

    private static final String[] LABELS = {"new", "active", "pending", "paid", "shipped", "closed", "archived",
        "draft", "review", "blocked"};
    private static final String[] WORDS = {"name", "title", "email", "status", "note", "amount", "total", "price",
        "code", "kind", "score", "label", "city", "country", "phone", "ref", "source", "level", "rank", "flag"};

    private final Random random;
    private final Map<String, List<String>> enums = new TreeMap<>();
    private final List<Table> tables = new ArrayList<>();

    SchemaGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>(Map.of("--tables", "500", "--changed-percent", "5", "--seed", "1",
                "--out", "."));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; expected " + options.keySet());
            }
            options.put(args[i], args[i + 1]);
        }
        int count = Integer.parseInt(options.get("--tables"));
        int percent = Integer.parseInt(options.get("--changed-percent"));
        Path out = Files.createDirectories(Path.of(options.get("--out")));
        SchemaGenerator generator = new SchemaGenerator(Long.parseLong(options.get("--seed")));
        generator.generate(count);
        Files.writeString(out.resolve("from.sql"), generator.render());
        int changed = generator.change(Math.max(1, Math.round(count * percent / 100f)));
        Files.writeString(out.resolve("to.sql"), generator.render());
        System.out.printf("%d tables of 10 columns, %d enums; %d tables changed, 2 added: %s%n", count,
                generator.enums.size(), changed, out.resolve("{from,to}.sql"));
    }

    void generate(int count) {
        for (int e = 0; e < Math.max(2, count / 25); e++) {
            int size = 3 + random.nextInt(4);
            enums.put("e_%03d".formatted(e), new ArrayList<>(List.of(LABELS).subList(0, size)));
        }
        for (int t = 0; t < count; t++) {
            tables.add(table("t_%04d".formatted(t)));
        }
    }

    /** Ten columns: the key, a foreign key to an earlier table for most, the rest of mixed types. */
    Table table(String name) {
        Table table = new Table(name);
        table.columns.add(new Column("id", "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
        if (!tables.isEmpty() && random.nextInt(10) < 6) {
            String parent = tables.get(random.nextInt(tables.size())).name;
            String reference = "bigint REFERENCES public." + parent + " (id) ON DELETE CASCADE";
            table.columns.add(new Column(parent + "_id", reference));
            index(table, false, parent + "_id");
        }
        while (table.columns.size() < 9) {
            String column = WORDS[random.nextInt(WORDS.length)] + "_" + table.columns.size();
            table.columns.add(new Column(column, columnDefinition()));
        }
        table.columns.add(new Column("created_at", "timestamptz NOT NULL DEFAULT now()"));
        if (random.nextInt(10) < 3) {
            index(table, true, table.columns.get(2).name);
        }
        if (random.nextInt(10) < 3) {
            index(table, false, table.columns.get(3).name, "created_at DESC");
        }
        return table;
    }

    String columnDefinition() {
        boolean notNull = random.nextInt(10) < 4;
        String nn = notNull ? " NOT NULL" : "";
        return switch (random.nextInt(10)) {
            case 0 -> "text" + nn + (notNull ? " DEFAULT ''" : "");
            case 1 -> "varchar(" + (20 + random.nextInt(200)) + ")" + nn + (notNull ? " DEFAULT 'x'" : "");
            case 2 -> "integer" + nn + (notNull ? " DEFAULT 0" : "");
            case 3 -> "bigint" + nn;
            case 4 -> "numeric(12,2)" + nn + (notNull ? " DEFAULT 0" : "");
            case 5 -> "boolean NOT NULL DEFAULT " + random.nextBoolean();
            case 6 -> "timestamptz" + nn + (notNull ? " DEFAULT now()" : "");
            case 7 -> "date";
            case 8 -> "jsonb NOT NULL DEFAULT '{}'";
            default -> {
                String type = List.copyOf(enums.keySet()).get(random.nextInt(enums.size()));
                yield "public." + type + nn + (notNull ? " DEFAULT '" + enums.get(type).getFirst() + "'" : "");
            }
        };
    }

    void index(Table table, boolean unique, String... columns) {
        String name = table.name + "_" + String.join("_", columns).replace(" DESC", "") + (unique ? "_key" : "_idx");
        for (String column : columns) {
            table.indexed.add(column.replace(" DESC", ""));
        }
        table.indexes.add("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON public." + table.name
                + " (" + String.join(", ", columns) + ");");
    }

    /**
     * Changes {@code count} distinct tables (a column added, and one dropped, retyped or newly
     * indexed), adds a value to one enum in twenty and adds two tables; returns how many changed.
     */
    int change(int count) {
        List<Table> shuffled = new ArrayList<>(tables);
        Collections.shuffle(shuffled, random);
        List<Table> changed = shuffled.subList(0, Math.min(count, shuffled.size()));
        for (Table table : changed) {
            table.columns.add(table.columns.size() - 1, new Column("added_" + random.nextInt(1000), "text"));
            // never the key, the foreign key, the added column or created_at
            int victim = 2 + random.nextInt(table.columns.size() - 4);
            Column column = table.columns.get(victim);
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (table.indexed.contains(column.name())) {
                        table.columns.set(victim, retyped(column));
                    } else {
                        table.columns.remove(victim);
                    }
                }
                case 1 -> table.columns.set(victim, retyped(column));
                default -> index(table, false, column.name());
            }
        }
        enums.values().stream().limit(Math.max(1, enums.size() / 20)).forEach(labels -> labels.add("added"));
        tables.add(table("t_new_1"));
        tables.add(table("t_new_2"));
        return changed.size();
    }

    /** integer widens to bigint, text narrows to varchar, anything else becomes text. */
    static Column retyped(Column column) {
        String type = column.definition().startsWith("integer") ? "bigint"
                : column.definition().startsWith("text") ? "varchar(300)" : "text";
        return new Column(column.name(), type);
    }

    String render() {
        StringBuilder sql = new StringBuilder("-- Generated by bench/SchemaGenerator.java\n");
        enums.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sql.append("CREATE TYPE public.")
                .append(e.getKey()).append(" AS ENUM ('").append(String.join("', '", e.getValue())).append("');\n"));
        for (Table table : tables) {
            sql.append("\nCREATE TABLE public.").append(table.name).append(" (\n");
            for (int i = 0; i < table.columns.size(); i++) {
                Column column = table.columns.get(i);
                sql.append("    ").append(column.name()).append(' ').append(column.definition())
                        .append(i + 1 < table.columns.size() ? ",\n" : "\n");
            }
            sql.append(");\n");
            table.indexes.forEach(index -> sql.append(index).append('\n'));
        }
        return sql.toString();
    }
}
