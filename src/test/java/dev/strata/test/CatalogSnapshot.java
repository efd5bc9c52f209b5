package dev.strata.test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A database's schema as sorted text, one line per object, from the catalog: what two databases
 * must share to count as the same schema. It reads PostgreSQL directly, independent of the diff
 * engine, so it can judge the engine's inputs.
 */
public final class CatalogSnapshot {

    private CatalogSnapshot() {
    }

    /**
     * Everything a migration can leave behind outside Flyway's history table, one line per object,
     * in every schema that is not PostgreSQL's own.
     */
    public static String of(TestDatabase database) {
        String userSchema = " NOT IN ('pg_catalog', 'information_schema', 'pg_toast')";
        String notHistory = " <> 'flyway_schema_history'";
        List<String> queries = List.of(
                "SELECT 'schema ' || nspname || ' ' || coalesce(nspacl::text, '') FROM pg_namespace"
                        + " WHERE nspname" + userSchema + " AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast%'",
                "SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension",
                "SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind ' || c.relkind::text || ' rls ' || c.relrowsecurity::text"
                        + " || ' acl ' || coalesce(c.relacl::text, '') || ' ' || coalesce(pg_get_viewdef(c.oid), '')"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname" + userSchema + " AND c.relkind NOT IN ('i', 'I', 't')"
                        + " AND c.relname" + notHistory,
                "SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                        + " || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END"
                        + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                        + " || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END"
                        + " || CASE WHEN a.attgenerated <> '' THEN ' generated ' || a.attgenerated::text ELSE '' END"
                        + " || ' position ' || a.attnum"
                        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " WHERE n.nspname" + userSchema + " AND a.attnum > 0 AND NOT a.attisdropped"
                        + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') AND c.relname" + notHistory,
                "SELECT 'constraint ' || n.nspname || '.' || con.conrelid::regclass::text || ' ' || con.conname || ' '"
                        + " || pg_get_constraintdef(con.oid) FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace"
                        + " WHERE n.nspname" + userSchema + " AND con.conrelid::regclass::text" + notHistory,
                "SELECT 'index ' || schemaname || '.' || indexname || ' ' || indexdef FROM pg_indexes"
                        + " WHERE schemaname" + userSchema + " AND tablename" + notHistory,
                "SELECT 'enum ' || n.nspname || '.' || t.typname || ' ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)"
                        + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid"
                        + " WHERE n.nspname" + userSchema + " GROUP BY n.nspname, t.typname",
                "SELECT 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::text"
                        + " || CASE WHEN t.typtype = 'd' THEN ' ' || format_type(t.typbasetype, t.typtypmod) ELSE '' END"
                        + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_class c ON c.oid = t.typrelid"
                        + " WHERE n.nspname" + userSchema + " AND (c.oid IS NULL OR c.relkind = 'c')"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_type element WHERE element.typarray = t.oid)",
                "SELECT 'function ' || p.oid::regprocedure::text || ' '"
                        + " || CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE pg_get_functiondef(p.oid) END"
                        + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                        + " WHERE n.nspname" + userSchema
                        + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')",
                "SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname" + userSchema,
                "SELECT 'policy ' || schemaname || '.' || tablename || ' ' || policyname || ' ' || permissive || ' ' || cmd"
                        + " || ' ' || roles::text || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '') FROM pg_policies",
                "SELECT 'cast ' || castsource::regtype::text || ' as ' || casttarget::regtype::text || ' ' || castcontext::text"
                        + " FROM pg_cast WHERE oid >= 16384",
                "SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type || ' ' || start_value"
                        + " || ' ' || increment_by FROM pg_sequences WHERE schemaname" + userSchema);
        List<String> lines = new ArrayList<>();
        for (String query : queries) {
            lines.addAll(database.column(query));
        }
        return lines.stream().sorted().collect(Collectors.joining("\n"));
    }
}
