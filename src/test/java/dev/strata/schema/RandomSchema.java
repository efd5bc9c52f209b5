package dev.strata.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Random schemas in schema {@code gen} over every kind the engine models (tables; columns of many
 * types with defaults, NOT NULL and identities; primary keys, unique, foreign key and check
 * constraints; plain, unique, partial and expression indexes; enums, sequences, views, functions,
 * triggers, policies, grants, comments), and random edits of them. One {@link Random} decides
 * everything, so a seed gives the same case again. Each rendering picks among spellings that mean
 * the same ({@code 'x'} or {@code 'x'::text}, {@code IN} or {@code = ANY (ARRAY[...])}, {@code on}
 * or {@code true}), so a case also asks whether spelling alone makes a difference.
 */
final class RandomSchema {

    /** The role grants go to; {@link GeneratedSchemaTests} creates it. */
    static final String ROLE = "strata_gen_reader";

    private static final String[] TYPES = {"integer", "bigint", "smallint", "numeric(10,2)", "text", "varchar(20)",
        "boolean", "timestamptz", "date", "jsonb", "uuid", "text[]", "enum"};

    private final Random random;
    private int serial;
    private final Map<String, List<String>> enums = new LinkedHashMap<>();
    private final Map<String, long[]> sequences = new LinkedHashMap<>();
    private final List<Tab> tables = new ArrayList<>();
    private final Map<String, Integer> functions = new LinkedHashMap<>();
    private final Map<String, View> views = new LinkedHashMap<>();

    private static final class Col {
        final String name;
        String type;
        boolean notNull;
        @Nullable String value;

        Col(String name, String type, boolean notNull, @Nullable String value) {
            this.name = name;
            this.type = type;
            this.notNull = notNull;
            this.value = value;
        }
    }

    private static final class Tab {
        final String name;
        final String id;
        final List<Col> columns = new ArrayList<>();
        final Map<String, String[]> checks = new LinkedHashMap<>();
        final Map<String, String> uniques = new LinkedHashMap<>();
        final Map<String, String> foreignKeys = new LinkedHashMap<>();
        final Map<String, String[]> indexes = new LinkedHashMap<>();
        final Map<String, String> triggers = new LinkedHashMap<>();
        final Map<String, String[]> policies = new LinkedHashMap<>();
        final List<String> grants = new ArrayList<>();
        boolean rowSecurity;
        @Nullable String comment;

        Tab(String name, String id) {
            this.name = name;
            this.id = id;
        }

        @Nullable Col column(String name) {
            return columns.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
        }
    }

    private record View(String table, List<String> columns, @Nullable String where, boolean barrier) {
    }

    RandomSchema(long seed) {
        this.random = new Random(seed);
        int enumCount = random.nextInt(3);
        for (int i = 0; i < enumCount; i++) {
            addEnum();
        }
        if (random.nextBoolean()) {
            sequences.put("s" + next(), new long[] {1 + random.nextInt(100), 1 + random.nextInt(5)});
        }
        int tableCount = 1 + random.nextInt(3);
        for (int i = 0; i < tableCount; i++) {
            addTable();
        }
        if (random.nextBoolean()) {
            functions.put("f" + next(), random.nextInt(10));
        }
        if (random.nextInt(3) == 0) {
            addView();
        }
    }

    /** Applies one to three random edits. */
    void edit() {
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            editOnce();
        }
    }

    private void editOnce() {
        int kind = random.nextInt(20);
        switch (kind) {
            case 0 -> addTable();
            case 11 -> editEnum();
            case 12 -> editView();
            case 13 -> editFunction();
            case 18 -> editSequence();
            case 19 -> {
                // a spelling-only case: the rendering alone changes
            }
            default -> {
                if (!tables.isEmpty()) {
                    editTable(kind, pick(tables));
                }
            }
        }
    }

    private void editTable(int kind, Tab table) {
        Col column = table.columns.isEmpty() ? null : pick(table.columns);
        switch (kind) {
            case 1 -> {
                if (tables.size() > 1) {
                    dropTable(table);
                }
            }
            case 2 -> addColumn(table);
            case 3 -> {
                if (column != null) {
                    dropColumn(table, column);
                }
            }
            case 4 -> {
                if (column != null) {
                    retype(table, column);
                }
            }
            case 5 -> {
                if (column != null) {
                    column.notNull = !column.notNull;
                }
            }
            case 6 -> {
                if (column != null) {
                    column.value = random.nextInt(3) == 0 ? null : value(column.type);
                }
            }
            case 7 -> toggle(table.checks, () -> check(table));
            case 8 -> toggle(table.indexes, () -> index(table));
            case 9 -> toggle(table.uniques, () -> unique(table));
            case 10 -> toggle(table.foreignKeys, () -> foreignKey(table));
            case 14 -> toggle(table.triggers, () -> trigger(table));
            case 15 -> {
                table.rowSecurity = random.nextBoolean() || !table.rowSecurity;
                toggle(table.policies, () -> policy(table));
            }
            case 16 -> toggleGrant(table);
            default -> table.comment = random.nextBoolean() ? null : "note " + next();
        }
    }

    private void editView() {
        if (views.isEmpty() || random.nextBoolean()) {
            addView();
        } else {
            views.remove(pick(new ArrayList<>(views.keySet())));
        }
    }

    private void editFunction() {
        if (functions.isEmpty() || random.nextBoolean()) {
            functions.put("f" + next(), random.nextInt(10));
        } else {
            String name = pick(new ArrayList<>(functions.keySet()));
            functions.put(name, functions.get(name) + 1);
        }
    }

    private void editSequence() {
        if (sequences.isEmpty() || random.nextBoolean()) {
            sequences.put("s" + next(), new long[] {1 + random.nextInt(100), 1 + random.nextInt(5)});
            return;
        }
        String name = pick(new ArrayList<>(sequences.keySet()));
        if (random.nextBoolean() && !usesSequence(name)) {
            sequences.remove(name);
        } else {
            sequences.get(name)[1] += 1;
        }
    }

    /** The schema as SQL, each expression in one of its spellings. */
    String sql() {
        StringBuilder sql = new StringBuilder("SET search_path = gen, public;\n");
        enums.forEach((name, labels) -> sql.append("CREATE TYPE gen.").append(name).append(" AS ENUM (")
                .append(String.join(", ", labels.stream().map(l -> "'" + l + "'").toList())).append(");\n"));
        sequences.forEach((name, options) -> sql.append("CREATE SEQUENCE gen.").append(name).append(" START ")
                .append(options[0]).append(" INCREMENT ").append(options[1]).append(";\n"));
        sql.append("CREATE FUNCTION gen.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n");
        functions.forEach((name, k) -> sql.append("CREATE FUNCTION gen.").append(name)
                .append("(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + ").append(k)
                .append(" $$;\n"));
        for (Tab table : tables) {
            sql.append("CREATE TABLE gen.").append(table.name).append(" (id ").append(table.id).append(" PRIMARY KEY");
            for (Col column : table.columns) {
                sql.append(",\n    ").append(column.name).append(' ').append(sqlType(column.type));
                if (column.value != null) {
                    sql.append(" DEFAULT ").append(spell(column.value));
                }
                if (column.notNull) {
                    sql.append(" NOT NULL");
                }
            }
            table.checks.forEach((name, spellings) -> sql.append(",\n    CONSTRAINT ").append(name).append(" CHECK (")
                    .append(pick(spellings)).append(')'));
            table.uniques.forEach((name, columns) -> sql.append(",\n    CONSTRAINT ").append(name).append(" UNIQUE (")
                    .append(columns).append(')'));
            sql.append(");\n");
        }
        for (Tab table : tables) {
            table.foreignKeys.forEach((name, column) -> sql.append("ALTER TABLE gen.").append(table.name)
                    .append(" ADD CONSTRAINT ").append(name).append(" FOREIGN KEY (").append(column)
                    .append(") REFERENCES gen.").append(column.substring(4)).append(" (id) ON DELETE CASCADE;\n"));
            table.indexes.forEach((name, spellings) -> sql.append("CREATE ").append(spellings[0]).append("INDEX ")
                    .append(name).append(" ON gen.").append(table.name).append(' ')
                    .append(spellings[1 + random.nextInt(spellings.length - 1)]).append(";\n"));
            table.triggers.forEach((name, when) -> sql.append("CREATE TRIGGER ").append(name)
                    .append(" BEFORE INSERT OR UPDATE ON gen.").append(table.name).append(" FOR EACH ROW ")
                    .append(when).append("EXECUTE FUNCTION gen.touch();\n"));
            if (table.rowSecurity) {
                sql.append("ALTER TABLE gen.").append(table.name).append(" ENABLE ROW LEVEL SECURITY;\n");
            }
            table.policies.forEach((name, spellings) -> sql.append("CREATE POLICY ").append(name).append(" ON gen.")
                    .append(table.name).append(" FOR SELECT TO ").append(spellings[0]).append(" USING (")
                    .append(spellings[1 + random.nextInt(spellings.length - 1)]).append(");\n"));
            table.grants.forEach(privilege -> sql.append("GRANT ").append(privilege).append(" ON gen.").append(table.name)
                    .append(" TO ").append(ROLE).append(";\n"));
            if (table.comment != null) {
                sql.append("COMMENT ON TABLE gen.").append(table.name).append(" IS '").append(table.comment)
                        .append("';\n");
            }
        }
        views.forEach((name, view) -> sql.append("CREATE VIEW gen.").append(name)
                .append(view.barrier ? random.nextBoolean() ? " WITH (security_barrier = on)" : " WITH (security_barrier)" : "")
                .append(" AS SELECT ").append(String.join(", ", view.columns)).append(" FROM gen.").append(view.table)
                .append(view.where == null ? "" : " WHERE " + view.where).append(";\n"));
        return sql.toString();
    }

    private void addEnum() {
        List<String> labels = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            labels.add("v" + next());
        }
        enums.put("e" + next(), labels);
    }

    private void editEnum() {
        if (enums.isEmpty()) {
            addEnum();
            return;
        }
        String name = pick(new ArrayList<>(enums.keySet()));
        List<String> labels = enums.get(name);
        if (labels.size() > 1 && random.nextBoolean()) {
            String removed = labels.remove(random.nextInt(labels.size()));
            for (Tab table : tables) {
                for (Col column : table.columns) {
                    if (column.type.equals("gen." + name) && ("'" + removed + "'").equals(column.value)) {
                        column.value = "'" + labels.getFirst() + "'";
                    }
                }
            }
        } else {
            labels.add(random.nextInt(labels.size() + 1), "v" + next());
        }
    }

    private void addTable() {
        String[] ids = {"integer", "bigint", "serial", "bigserial", "integer GENERATED BY DEFAULT AS IDENTITY",
            "bigint GENERATED ALWAYS AS IDENTITY", "uuid DEFAULT gen_random_uuid()"};
        Tab table = new Tab("t" + next(), pick(ids));
        int columns = 1 + random.nextInt(5);
        for (int i = 0; i < columns; i++) {
            addColumn(table);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            put(table.checks, check(table));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            put(table.indexes, index(table));
        }
        if (random.nextInt(3) == 0) {
            put(table.uniques, unique(table));
        }
        if (random.nextInt(3) == 0) {
            put(table.triggers, trigger(table));
        }
        if (random.nextInt(3) == 0) {
            table.rowSecurity = true;
            put(table.policies, policy(table));
        }
        if (random.nextInt(3) == 0) {
            toggleGrant(table);
        }
        if (random.nextInt(3) == 0) {
            table.comment = "note " + next();
        }
        tables.add(table);
        if (tables.size() > 1 && random.nextInt(3) == 0) {
            put(table.foreignKeys, foreignKey(table));
        }
    }

    private void addColumn(Tab table) {
        String type = pick(TYPES);
        if (type.equals("enum")) {
            if (enums.isEmpty()) {
                addEnum();
            }
            type = "gen." + pick(new ArrayList<>(enums.keySet()));
        }
        table.columns.add(new Col("c" + next(), type, random.nextInt(4) == 0,
                random.nextBoolean() ? value(type) : null));
    }

    private void dropTable(Tab table) {
        tables.remove(table);
        // Another table's reference column goes too, with whatever names it (its key, a view...).
        for (Tab other : tables) {
            other.columns.stream().filter(column -> column.name.equals("ref_" + table.name)).toList()
                    .forEach(column -> dropColumn(other, column));
        }
        views.values().removeIf(view -> view.table.equals(table.name));
    }

    /** Drops a column and whatever names it. */
    private void dropColumn(Tab table, Col column) {
        table.columns.remove(column);
        Predicate<String> names = text -> text.matches(".*\\b" + column.name + "\\b.*");
        table.checks.values().removeIf(spellings -> names.test(spellings[0]));
        table.indexes.values().removeIf(spellings -> names.test(spellings[1]));
        table.uniques.values().removeIf(names);
        table.foreignKeys.values().removeIf(names);
        table.triggers.values().removeIf(names);
        table.policies.values().removeIf(spellings -> names.test(spellings[1]));
        views.values().removeIf(view -> view.table.equals(table.name)
                && (view.columns.contains(column.name) || view.where != null && names.test(view.where)));
    }

    /** A type change the engine should carry out on a column, keeping what uses it valid. */
    private void retype(Tab table, Col column) {
        String wider = switch (column.type) {
            case "smallint" -> "integer";
            case "integer" -> "bigint";
            case "varchar(20)" -> random.nextBoolean() ? "varchar(40)" : "text";
            case "text" -> "varchar(60)";
            case "numeric(10,2)" -> "numeric(12,2)";
            case "timestamptz" -> "timestamp";
            default -> null;
        };
        if (wider == null) {
            return;
        }
        column.type = wider;
        if (column.value != null && (wider.startsWith("varchar") || wider.equals("text") || wider.equals("timestamp"))) {
            column.value = value(wider);
        }
        table.checks.values().removeIf(spellings -> spellings[0].matches(".*\\b" + column.name + "\\b.*")
                && spellings[0].contains("ARRAY"));
    }

    private String[] check(Tab table) {
        Col column = table.columns.isEmpty() ? null : pick(table.columns);
        if (column == null) {
            return new String[] {"id IS NOT NULL"};
        }
        String c = column.name;
        return switch (column.type) {
            case "integer", "bigint", "smallint", "numeric(10,2)", "numeric(12,2)" -> pick(new String[][] {
                {c + " > 0", "(" + c + " > 0)", c + " > (0)"},
                {c + " BETWEEN 0 AND 100", "(" + c + " >= 0) AND (" + c + " <= 100)"},
                {c + " <> 7", "NOT (" + c + " = 7)"}});
            case "varchar(20)", "varchar(40)", "varchar(60)" -> pick(new String[][] {
                {c + " IN ('a', 'b')", "(" + c + ")::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])",
                    "(" + c + ")::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])"},
                {"length(" + c + ") > 1", "length((" + c + ")::text) > 1"}});
            case "text" -> pick(new String[][] {
                {c + " IN ('a', 'b')", c + " = ANY (ARRAY['a'::text, 'b'::text])", c + " = ANY ('{a,b}'::text[])"},
                {c + " <> ''", c + " <> ''::text"}});
            case "timestamptz" -> new String[] {c + " > '2000-01-01'", c + " > '2000-01-01 00:00:00+00'::timestamptz"};
            default -> new String[] {c + " IS NOT NULL", "(" + c + " IS NOT NULL)"};
        };
    }

    private String[] index(Tab table) {
        if (table.columns.isEmpty()) {
            return new String[] {"", "(id)"};
        }
        Col column = pick(table.columns);
        String c = column.name;
        boolean text = column.type.equals("text") || column.type.startsWith("varchar");
        String unique = random.nextInt(4) == 0 && !column.type.equals("jsonb") ? "UNIQUE " : "";
        return switch (random.nextInt(4)) {
            case 0 -> new String[] {unique, "(" + c + ")", "USING btree (" + c + ")", "(" + c + " ASC)"};
            case 1 -> new String[] {unique, "(" + c + " DESC)", "USING btree (" + c + " DESC)"};
            case 2 -> text
                    ? new String[] {unique, "(lower(" + c + "))", "USING btree (lower((" + c + ")::text))"}
                    : new String[] {unique, "(id, " + c + ")", "USING btree (id, " + c + ")"};
            default -> new String[] {unique, "(id) WHERE " + c + " IS NOT NULL", "(id) WHERE (" + c + " IS NOT NULL)"};
        };
    }

    private String unique(Tab table) {
        List<Col> keyable = table.columns.stream().filter(c -> !c.type.equals("jsonb")).toList();
        return keyable.isEmpty() ? "id" : pick(keyable).name;
    }

    private String foreignKey(Tab table) {
        Tab target = pick(tables);
        String column = "ref_" + target.name;
        if (table.column(column) == null) {
            String type = target.id.startsWith("uuid") ? "uuid" : target.id.startsWith("big") ? "bigint" : "integer";
            table.columns.add(new Col(column, type, false, null));
        }
        return column;
    }

    private String trigger(Tab table) {
        if (table.columns.isEmpty() || random.nextBoolean()) {
            return "";
        }
        String c = pick(table.columns).name;
        return pick(new String[] {"WHEN (NEW." + c + " IS NOT NULL) ", "WHEN ((new." + c + " IS NOT NULL)) "});
    }

    private String[] policy(Tab table) {
        String role = random.nextBoolean() ? "PUBLIC" : ROLE;
        if (table.columns.isEmpty() || random.nextBoolean()) {
            return new String[] {role, "true", "(true)"};
        }
        String c = pick(table.columns).name;
        return new String[] {role, c + " IS NOT NULL", "(" + c + " IS NOT NULL)"};
    }

    private void toggleGrant(Tab table) {
        String privilege = pick(new String[] {"SELECT", "INSERT", "UPDATE", "DELETE"});
        if (!table.grants.remove(privilege)) {
            table.grants.add(privilege);
        }
    }

    private void addView() {
        if (tables.isEmpty()) {
            return;
        }
        Tab table = pick(tables);
        List<String> columns = new ArrayList<>(List.of("id"));
        table.columns.stream().filter(c -> random.nextBoolean()).forEach(c -> columns.add(c.name));
        String where = table.columns.isEmpty() || random.nextBoolean() ? null
                : pick(table.columns).name + " IS NOT NULL";
        views.put("v" + next(), new View(table.name, columns, where, random.nextInt(3) == 0));
    }

    /** A default for the type, in a canonical key that {@link #spell} turns into one of its spellings. */
    private String value(String type) {
        if (type.startsWith("gen.")) {
            return "'" + pick(enums.get(type.substring(4))) + "'";
        }
        return switch (type) {
            case "integer", "smallint", "bigint" -> !sequences.isEmpty() && type.equals("bigint") && random.nextBoolean()
                    ? "nextval('gen." + pick(new ArrayList<>(sequences.keySet())) + "'::regclass)"
                    : pick(new String[] {"0", "42", "int:7"});
            case "numeric(10,2)", "numeric(12,2)" -> pick(new String[] {"0", "num:1.5"});
            case "text", "varchar(20)", "varchar(40)", "varchar(60)" -> pick(new String[] {"str:x", "str:"});
            case "boolean" -> pick(new String[] {"true", "false"});
            case "timestamptz", "timestamp" -> pick(new String[] {"now", "now+day"});
            case "date" -> pick(new String[] {"CURRENT_DATE", "'2020-01-01'::date"});
            case "jsonb" -> pick(new String[] {"'{}'::jsonb", "'[]'::jsonb"});
            case "uuid" -> "gen_random_uuid()";
            case "text[]" -> "arr";
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** One spelling of a default key. */
    private String spell(String key) {
        if (key.startsWith("str:")) {
            String text = "'" + key.substring(4) + "'";
            return pick(new String[] {text, text + "::text", text + "::character varying"});
        }
        if (key.startsWith("int:")) {
            return pick(new String[] {key.substring(4), "(" + key.substring(4) + ")", "'" + key.substring(4) + "'::integer"});
        }
        if (key.startsWith("num:")) {
            return pick(new String[] {key.substring(4), "'" + key.substring(4) + "'::numeric"});
        }
        return switch (key) {
            case "now" -> pick(new String[] {"now()", "CURRENT_TIMESTAMP", "transaction_timestamp()"});
            case "now+day" -> pick(new String[] {"now() + interval '1 day'", "CURRENT_TIMESTAMP + '1 day'::interval"});
            case "arr" -> pick(new String[] {"'{}'", "'{}'::text[]", "ARRAY[]::text[]"});
            case "true" -> pick(new String[] {"true", "TRUE", "'t'::boolean"});
            default -> key;
        };
    }

    private boolean usesSequence(String name) {
        return tables.stream().flatMap(t -> t.columns.stream())
                .anyMatch(c -> c.value != null && c.value.contains("gen." + name + "'"));
    }

    private static String sqlType(String type) {
        return type;
    }

    private <T> void toggle(Map<String, T> objects, java.util.function.Supplier<T> make) {
        if (objects.isEmpty() || random.nextBoolean()) {
            put(objects, make.get());
        } else if (random.nextBoolean()) {
            objects.remove(pick(new ArrayList<>(objects.keySet())));
        } else {
            objects.put(pick(new ArrayList<>(objects.keySet())), make.get());
        }
    }

    private <T> void put(Map<String, T> objects, T object) {
        objects.put("k" + next(), object);
    }

    private int next() {
        return ++serial;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
