package dev.strata.migration.autogenerate.desired;

import dev.strata.database.DatabaseError;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.StrataException;
import dev.strata.settings.ToolSettings;
import dev.strata.settings.ToolSettings.EntityNaming;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The schema the code asks for: the entity classes under {@code packages} rendered by Hibernate,
 * then the declarative SQL files, applied to an empty (scratch) database. The entity DDL runs in
 * one transaction; each declarative file in its own, so a failure names its file.
 *
 * @param packages where the entities are ({@code STRATA_ENTITY_PACKAGES}, default {@code dev.strata})
 * @param loader the class loader that sees the entity classes and the {@code db/schema} resources
 * @param dbDirectory the project's {@code db} folder, whose {@code schema} folder is read first
 * @param naming how the entities' names become database names ({@code STRATA_ENTITY_NAMING})
 * @param renderingCache where renderings are kept by their inputs ({@code <STRATA_HOME>/cache/entities});
 *     null renders every time
 */
public record DesiredSchema(List<String> packages, ClassLoader loader, Path dbDirectory, EntityNaming naming,
        @Nullable Path renderingCache) {

    /** The setting that lists the entity packages, comma-separated. */
    public static final String ENTITY_PACKAGES = ToolSettings.ENTITY_PACKAGES;

    /** The project's base package: where the entities are unless the setting says otherwise. */
    public static final String DEFAULT_PACKAGE = ToolSettings.DEFAULT_ENTITY_PACKAGE;

    public DesiredSchema {
        packages = List.copyOf(packages);
    }

    /** With Spring Boot's naming, the default, and no rendering cache. */
    public DesiredSchema(List<String> packages, ClassLoader loader, Path dbDirectory) {
        this(packages, loader, dbDirectory, EntityNaming.SPRING);
    }

    /** Without a rendering cache. */
    public DesiredSchema(List<String> packages, ClassLoader loader, Path dbDirectory, EntityNaming naming) {
        this(packages, loader, dbDirectory, naming, null);
    }

    /**
     * The packages and naming the settings give ({@code STRATA_ENTITY_PACKAGES}, {@code STRATA_ENTITY_NAMING}),
     * the classes the running code sees (the context class loader: the executable jar's, or the one a
     * caller set), and the project's {@code db} folder.
     */
    public static DesiredSchema of(ToolSettings tools, Path dbDirectory) {
        return of(tools, dbDirectory, null);
    }

    /**
     * The same, keeping renderings under {@code <STRATA_HOME>/cache/entities}: a command whose class
     * path has not changed since one that rendered skips Hibernate (HELP.md, "The rendering cache").
     */
    public static DesiredSchema of(CommandSettings settings, Path dbDirectory) {
        return of(settings.tools(), dbDirectory, settings.embedded().home().resolve("cache").resolve("entities"));
    }

    private static DesiredSchema of(ToolSettings tools, Path dbDirectory, @Nullable Path renderingCache) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new DesiredSchema(tools.entityPackages(), context != null ? context : DesiredSchema.class.getClassLoader(),
                dbDirectory, tools.entityNaming(), renderingCache);
    }

    /**
     * The entities' DDL as Hibernate renders it for a PostgreSQL major version, and how long that took.
     *
     * @param majorVersion the server version the dialect was made for
     * @param classes how many entity classes were found
     * @param statements the DDL in Hibernate's order
     * @param warnings the entity warnings (timestamps without time zone, unsized decimals)
     * @param millis the time the scan and the rendering took (or the cache's lookup)
     * @param cached whether it came from the rendering cache
     */
    public record Rendering(int majorVersion, int classes, List<String> statements, List<String> warnings, long millis,
            boolean cached) {

        public Rendering {
            statements = List.copyOf(statements);
            warnings = List.copyOf(warnings);
        }
    }

    /** Finds the entities and renders their DDL for a server of {@code majorVersion}; touches no database. */
    public Rendering render(int majorVersion) {
        long started = System.nanoTime();
        Optional<RenderingCache.Slot> slot = RenderingCache.slot(renderingCache, packages, loader, naming, majorVersion);
        Optional<RenderingCache.Entry> kept = slot.flatMap(RenderingCache.Slot::read);
        if (kept.isPresent()) {
            return new Rendering(majorVersion, kept.get().classes(), kept.get().statements(), kept.get().warnings(),
                    millis(started, System.nanoTime()), true);
        }
        List<Class<?>> classes = EntityScanner.scan(packages, loader);
        EntityDdl ddl = EntityDdl.render(classes, loader, majorVersion, naming);
        slot.ifPresent(place -> place.write(new RenderingCache.Entry(classes.size(), ddl.statements(), ddl.warnings())));
        return new Rendering(majorVersion, classes.size(), ddl.statements(), ddl.warnings(),
                millis(started, System.nanoTime()), false);
    }

    /**
     * Builds the schema in the empty database behind {@code connection}, reporting each phase.
     * Returns the entity warnings (timestamps without time zone, unsized decimals).
     */
    public List<String> applyTo(Connection connection, Consumer<String> progress) {
        return applyTo(connection, render(majorVersion(connection)), progress);
    }

    /**
     * The same with the entities already rendered: {@code rendering} is used when it was made for
     * the version of the server behind {@code connection}, else the entities are rendered again.
     */
    public List<String> applyTo(Connection connection, Rendering rendering, Consumer<String> progress) {
        int major = majorVersion(connection);
        Rendering ddl = rendering.majorVersion() == major ? rendering : render(major);
        long applying = System.nanoTime();
        execute(connection, "the entity DDL", ddl.statements());
        progress.accept("Entities rendered: " + ddl.classes() + " classes, " + ddl.statements().size()
                + " statements in " + ddl.millis() + " ms" + (ddl.cached() ? " (cached by the class path's files)" : "")
                + ", applied in " + millis(applying, System.nanoTime()) + " ms");
        long declarative = System.nanoTime();
        List<DeclarativeFiles.SqlFile> files = DeclarativeFiles.find(dbDirectory, loader);
        for (DeclarativeFiles.SqlFile file : files) {
            execute(connection, "db/schema/" + file.name(), List.of(file.sql()));
        }
        progress.accept("Declarative SQL applied: " + files.size() + " files from db/schema in "
                + millis(declarative, System.nanoTime()) + " ms");
        return ddl.warnings();
    }

    /** Runs the statements in one transaction; a failure names the source and carries PostgreSQL's words. */
    static void execute(Connection connection, String source, List<String> statements) {
        try {
            connection.setAutoCommit(false);
            String current = "";
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    current = sql;
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                String at = statements.size() > 1 ? " at '" + abbreviate(current) + "'" : "";
                throw new StrataException(source + " failed" + at + ": " + DatabaseError.describe(e), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StrataException(source + ": " + DatabaseError.describe(e), e);
        }
    }

    private static String abbreviate(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }

    private static int majorVersion(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new StrataException("cannot read the scratch server's version: " + DatabaseError.describe(e), e);
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
