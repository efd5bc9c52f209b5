package dev.strata.schema.render;

import dev.strata.schema.OnlineOptions;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.TableLayout;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.ops.TableChange.DropTable;
import dev.strata.schema.ops.TableChange.RenameTable;
import dev.strata.schema.ops.TypeWidening;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders ordered changes for a database that serves traffic ({@code --online}). Only tables
 * that exist in the base schema can hold rows, so only their changes are rewritten; every
 * statement is preceded by {@code SET lock_timeout} and {@code SET statement_timeout} (the long
 * bound for what reads the whole table). The rewrites:
 * <ul>
 * <li>an index is built and dropped {@code CONCURRENTLY}; an index dropped and created again under
 *     its name is built under a temporary name, the old one dropped, the new one renamed;</li>
 * <li>a foreign key or check is added {@code NOT VALID} and validated in the next statement;</li>
 * <li>{@code SET NOT NULL} follows a validated {@code CHECK (column IS NOT NULL)}, dropped after;</li>
 * <li>a type change that rewrites the table becomes a new column kept in step by a trigger,
 *     a backfill in batches that commit one by one, and a swap in one short transaction.</li>
 * </ul>
 * A script with any of them cannot run in one transaction: each statement commits by itself,
 * so no lock is held from one step to the next.
 */
public final class OnlineRenderer {

    /** Pages of the table one backfill batch updates (about 100 rows a page for narrow rows). */
    static final int BATCH_PAGES = 100;

    /** The reason a script with online steps does not run in one transaction. */
    public static final String REASON = "it is planned online (--online): CREATE INDEX CONCURRENTLY cannot run in a "
            + "transaction, and each step commits by itself so that no lock is held from one step to the next";

    private final List<Change> changes;
    private final SchemaModel base;
    private final OnlineOptions options;
    private final Set<QualifiedName> existing;
    private final List<String> notes = new ArrayList<>();
    private final Map<Change, List<String>> rendered = new IdentityHashMap<>();
    private boolean stepwise;

    private OnlineRenderer(List<Change> changes, SchemaModel base, OnlineOptions options) {
        this.changes = List.copyOf(changes);
        this.base = base;
        this.options = options;
        this.existing = existing(changes, base);
        this.changes.forEach(change -> rendered.put(change, render(change)));
    }

    /**
     * The online rendering of {@code changes} (in the order they run) on a database whose schema
     * is {@code base}.
     */
    public static OnlineRenderer of(List<Change> changes, SchemaModel base, OnlineOptions options) {
        return new OnlineRenderer(changes, base, options);
    }

    /** The tables of {@code base} that hold rows when the changes run: renamed ones under their new name. */
    static Set<QualifiedName> existing(List<Change> changes, SchemaModel base) {
        Set<QualifiedName> tables = new HashSet<>(base.tables().keySet());
        for (Change change : changes) {
            if (change instanceof RenameTable rename) {
                tables.add(rename.to());
            } else if (change instanceof DropTable drop) {
                tables.remove(drop.table().name());
            }
        }
        return tables;
    }

    /** The whole script's statements, each without its trailing semicolon, then the settings reset. */
    public List<String> statements(List<String> preamble) {
        List<String> statements = new ArrayList<>(preamble);
        changes.forEach(change -> statements.addAll(statements(change)));
        statements.add("RESET lock_timeout");
        statements.add("RESET statement_timeout");
        return statements;
    }

    /** Whether some step must commit by itself: the script cannot run in one transaction. */
    public boolean stepwise() {
        return stepwise;
    }

    /** What the online steps do and in which order, for a generated file's header; one line each. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * The statements of one of the changes, each preceded by its bounds; none for a drop that a
     * rebuild takes over.
     */
    public List<String> statements(Change change) {
        List<String> statements = rendered.get(change);
        return statements != null ? statements : render(change);
    }

    private List<String> render(Change change) {
        Out out = new Out();
        boolean exists = switch (change) {
            case CreateIndex c -> existing.contains(c.table());
            case DropIndex c -> existing.contains(c.table());
            case AddConstraint c -> existing.contains(c.table());
            case AlterColumnNullability c -> existing.contains(c.table());
            case AlterColumnType c -> existing.contains(c.table());
            default -> false;
        };
        if (!exists) {
            ChangeRenderer.render(change).forEach(out::statement);
            return out.statements;
        }
        switch (change) {
            case CreateIndex c when rebuilt(c.table(), c.index().name()) -> rebuild(c, out);
            case CreateIndex c -> {
                stepwise = true;
                out.longStatement(concurrently(c.index(), c.index().name()));
            }
            case DropIndex c when rebuilt(c.table(), c.index().name()) -> {
                // the rebuild at the CreateIndex drops it once the new one is built
            }
            case DropIndex c -> {
                stepwise = true;
                out.longStatement("DROP INDEX CONCURRENTLY " + index(c.table(), c.index().name()));
            }
            case AddConstraint c when validatedLater(c.constraint()) -> {
                stepwise = true;
                String table = "ALTER TABLE " + Sql.name(c.table()) + " ";
                out.statement(table + "ADD CONSTRAINT " + Sql.ident(c.constraint().name()) + " "
                        + c.constraint().definition() + " NOT VALID");
                out.longStatement(table + "VALIDATE CONSTRAINT " + Sql.ident(c.constraint().name()));
            }
            case AlterColumnNullability c when c.notNull() -> setNotNull(c.table(), c.column(), out);
            case AlterColumnType c when rewrites(c) && backfillBlocker(c).isEmpty() -> backfill(c, out);
            case AlterColumnType c when rewrites(c) -> {
                notes.add(c.describe() + ": rewritten in place under an ACCESS EXCLUSIVE lock, not planned online: "
                        + backfillBlocker(c).orElseThrow());
                ChangeRenderer.render(change).forEach(out::longStatement);
            }
            default -> ChangeRenderer.render(change).forEach(out::statement);
        }
        return out.statements;
    }

    /**
     * Why a type change of an existing table's column cannot be planned as a new column,
     * backfilled and swapped in: what depends on the column would have to move with it. Empty
     * when it can.
     */
    public Optional<String> backfillBlocker(AlterColumnType change) {
        Table table = base.tables().get(change.table());
        if (table == null) {
            return Optional.of("the table is renamed by the same migration");
        }
        Column from = change.from();
        Column to = change.to();
        if (!table.layout().equals(TableLayout.PLAIN)) {
            return Optional.of("the table is partitioned, a partition or inherits");
        }
        if (from.identity() != Column.Identity.NONE || to.identity() != Column.Identity.NONE || from.generated() != null
                || to.generated() != null || SerialSql.isSerial(from.type()) || SerialSql.isSerial(to.type())) {
            return Optional.of("it is an identity, serial or generated column");
        }
        Pattern named = Pattern.compile("(?<![\\w\"])" + Pattern.quote(Sql.ident(from.name())) + "(?![\\w\"])");
        for (Index index : table.indexes()) {
            if (named.matcher(index.definition()).find()) {
                return Optional.of("index " + index.name() + " uses it");
            }
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint.columns().contains(from.name()) || named.matcher(constraint.definition()).find()) {
                return Optional.of("constraint " + constraint.name() + " uses it");
            }
        }
        for (Table other : base.tables().values()) {
            for (Constraint constraint : other.constraints()) {
                if (change.table().equals(constraint.references()) && named.matcher(constraint.definition()).find()) {
                    return Optional.of("foreign key " + constraint.name() + " of " + other.name() + " references it");
                }
            }
        }
        if (table.triggers().stream().anyMatch(trigger -> named.matcher(trigger.definition()).find())
                || !table.policies().isEmpty()) {
            return Optional.of("a trigger or a policy of the table may use it");
        }
        Set<QualifiedName> dropped = new HashSet<>();
        changes.stream().filter(DropView.class::isInstance).map(DropView.class::cast)
                .forEach(drop -> dropped.add(drop.view().name()));
        return base.views().values().stream()
                .filter(view -> view.dependsOn().contains(change.table()) && !dropped.contains(view.name()))
                .findFirst().map(view -> "view " + view.name() + " reads the table");
    }

    /** Whether the type change rewrites the table (a longer varchar, or none, only changes the catalog). */
    public static boolean rewrites(AlterColumnType c) {
        String a = c.from().type();
        String b = c.to().type();
        boolean varchar = a.startsWith("character varying") && (b.startsWith("character varying") || b.equals("text"));
        return !(varchar && TypeWidening.isWidening(a, b)) && !a.equals(b);
    }

    /** Whether it is added NOT VALID and validated after: a foreign key or a check not meant to stay NOT VALID. */
    private static boolean validatedLater(Constraint constraint) {
        return (constraint.kind() == Constraint.Kind.FOREIGN_KEY || constraint.kind() == Constraint.Kind.CHECK)
                && !constraint.definition().endsWith("NOT VALID");
    }

    /** Whether the same changes drop and create an index of that name on that table. */
    private boolean rebuilt(QualifiedName table, String name) {
        boolean dropped = changes.stream().anyMatch(c -> c instanceof DropIndex d && d.table().equals(table)
                && d.index().name().equals(name));
        boolean created = changes.stream().anyMatch(c -> c instanceof CreateIndex d && d.table().equals(table)
                && d.index().name().equals(name));
        return dropped && created;
    }

    private void rebuild(CreateIndex c, Out out) {
        String name = c.index().name();
        String temporary = temporaryName(name, "_strata_new");
        stepwise = true;
        out.longStatement(concurrently(c.index(), temporary));
        out.longStatement("DROP INDEX CONCURRENTLY " + index(c.table(), name));
        out.statement("ALTER INDEX " + index(c.table(), temporary) + " RENAME TO " + Sql.ident(name));
        notes.add(c.describe() + ": built as " + temporary + " CONCURRENTLY, the old " + name
                + " dropped CONCURRENTLY, the new one renamed to " + name);
    }

    private void setNotNull(QualifiedName table, String column, Out out) {
        String alter = "ALTER TABLE " + Sql.name(table) + " ";
        String check = temporaryName(table.name() + "_" + column, "_not_null_strata");
        stepwise = true;
        out.statement(alter + "ADD CONSTRAINT " + Sql.ident(check) + " CHECK (" + Sql.ident(column)
                + " IS NOT NULL) NOT VALID");
        out.longStatement(alter + "VALIDATE CONSTRAINT " + Sql.ident(check));
        out.statement(alter + "ALTER COLUMN " + Sql.ident(column) + " SET NOT NULL");
        out.statement(alter + "DROP CONSTRAINT " + Sql.ident(check));
    }

    /**
     * Add the new column, keep it in step with a trigger, backfill it in batches of
     * {@value #BATCH_PAGES} pages that each commit, check NOT NULL through a validated CHECK,
     * then swap in one short transaction: the trigger and the old column go, the new one takes
     * its name, its NOT NULL, default and comment.
     */
    private void backfill(AlterColumnType c, Out out) {
        Column from = c.from();
        Column to = c.to();
        String table = Sql.name(c.table());
        String alter = "ALTER TABLE " + table + " ";
        String column = Sql.ident(from.name());
        String temporary = temporaryName(from.name(), "_strata_new");
        String fresh = Sql.ident(temporary);
        String sync = temporaryName(c.table().name() + "_" + from.name(), "_strata_sync");
        String function = Sql.name(c.table().withName(sync));
        String cast = ColumnSql.cast(from, to);
        stepwise = true;
        out.statement(alter + "ADD COLUMN " + fresh + " " + ColumnSql.baseType(to.type()) + ColumnSql.collation(to));
        out.statement("CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $strata$\nBEGIN\n"
                + "    NEW." + fresh + " := (SELECT " + cast + " FROM (SELECT NEW." + column + ") AS v(" + column
                + "));\n    RETURN NEW;\nEND\n$strata$");
        out.statement("CREATE TRIGGER " + Sql.ident(sync) + " BEFORE INSERT OR UPDATE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION " + function + "()");
        out.longStatement("DO $strata$\nDECLARE\n    first bigint := 0;\nBEGIN\n"
                + "    -- the pages as they are now: rows the updates move to new pages are done already\n"
                + "    WHILE first < pg_catalog.pg_relation_size(" + Sql.literal(table) + "::regclass)\n"
                + "            / pg_catalog.current_setting('block_size')::bigint LOOP\n"
                + "        UPDATE " + table + " SET " + fresh + " = " + cast + "\n"
                + "            WHERE ctid >= pg_catalog.format('(%s,0)', first)::tid\n"
                + "            AND ctid < pg_catalog.format('(%s,0)', first + " + BATCH_PAGES + ")::tid\n"
                + "            AND " + fresh + " IS NULL AND " + column + " IS NOT NULL;\n"
                + "        first := first + " + BATCH_PAGES + ";\n        COMMIT;\n    END LOOP;\nEND\n$strata$");
        String check = temporaryName(c.table().name() + "_" + temporary, "_not_null_strata");
        if (from.notNull()) {
            out.statement(alter + "ADD CONSTRAINT " + Sql.ident(check) + " CHECK (" + fresh + " IS NOT NULL) NOT VALID");
            out.longStatement(alter + "VALIDATE CONSTRAINT " + Sql.ident(check));
        }
        StringBuilder swap = new StringBuilder("DO $strata$\nBEGIN\n");
        swap.append("    DROP TRIGGER ").append(Sql.ident(sync)).append(" ON ").append(table).append(";\n");
        swap.append("    ").append(alter).append("DROP COLUMN ").append(column).append(";\n");
        swap.append("    ").append(alter).append("RENAME COLUMN ").append(fresh).append(" TO ").append(column).append(";\n");
        if (from.notNull()) {
            swap.append("    ").append(alter).append("ALTER COLUMN ").append(column).append(" SET NOT NULL;\n");
            swap.append("    ").append(alter).append("DROP CONSTRAINT ").append(Sql.ident(check)).append(";\n");
        }
        if (to.defaultExpression() != null) {
            swap.append("    ").append(alter).append("ALTER COLUMN ").append(column).append(" SET DEFAULT ")
                    .append(to.defaultExpression()).append(";\n");
        }
        if (from.comment() != null) {
            swap.append("    COMMENT ON COLUMN ").append(table).append('.').append(column).append(" IS ")
                    .append(Sql.literal(from.comment())).append(";\n");
        }
        out.statement(swap.append("END\n$strata$").toString());
        out.statement("DROP FUNCTION " + function + "()");
        notes.add(c.describe() + ", online: 1. add column " + temporary + " " + ColumnSql.baseType(to.type())
                + " (no default, so no rewrite); 2. a trigger (" + sync + ") fills it on every insert and update from "
                + "then on; 3. a backfill updates the existing rows " + BATCH_PAGES + " pages at a time, each batch "
                + "committed by itself so row locks are short; "
                + (from.notNull() ? "4. CHECK (" + temporary + " IS NOT NULL) added NOT VALID and validated; " : "")
                + "then the swap, one short transaction: the trigger and the old column dropped, " + temporary
                + " renamed to " + from.name() + (from.notNull() ? ", SET NOT NULL (the check spares the scan)" : "")
                + "; last the trigger's function dropped. Until vacuum the table holds the old rows' versions too");
    }

    /** CREATE [UNIQUE] INDEX CONCURRENTLY {@code name} ON ...: pg_get_indexdef's text with the name and keyword put in. */
    private static String concurrently(Index index, String name) {
        String definition = index.definition();
        int on = definition.indexOf(" ON ");
        String head = definition.startsWith("CREATE UNIQUE INDEX ") ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
        return head + " CONCURRENTLY " + Sql.ident(name) + definition.substring(on);
    }

    /** An index lives in its table's schema. */
    private static String index(QualifiedName table, String name) {
        return Sql.name(table.withName(name));
    }

    /** {@code base} with {@code suffix}, cut so that the whole fits PostgreSQL's 63 bytes. */
    static String temporaryName(String base, String suffix) {
        String name = base;
        while ((name + suffix).getBytes(StandardCharsets.UTF_8).length > 63) {
            name = name.substring(0, name.length() - 1);
        }
        return name + suffix;
    }

    /** The statements of one change, each after the bounds it runs under. */
    private final class Out {
        private final List<String> statements = new ArrayList<>();

        void statement(String sql) {
            add(sql, options.statementTimeout());
        }

        void longStatement(String sql) {
            add(sql, options.longTimeout());
        }

        private void add(String sql, Duration statementTimeout) {
            statements.add("SET lock_timeout = '" + OnlineOptions.setting(options.lockTimeout()) + "'");
            statements.add("SET statement_timeout = '" + OnlineOptions.setting(statementTimeout) + "'");
            statements.add(sql);
        }
    }
}
