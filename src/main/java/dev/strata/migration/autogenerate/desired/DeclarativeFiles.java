package dev.strata.migration.autogenerate.desired;

import dev.strata.settings.StrataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The declarative SQL files ({@code db/schema/*.sql}): what JPA cannot say, applied after the
 * entities in file-name order. They are read from the project's {@code db} folder when it has a
 * {@code schema} folder (the command runs in the project directory), so an edit counts without a
 * build; else from the classpath.
 */
final class DeclarativeFiles {

    private static final String CLASSPATH_PATTERN = "classpath*:db/schema/*.sql";

    /**
     * One file.
     *
     * @param name the file name, quoted in errors
     * @param sql its text
     */
    record SqlFile(String name, String sql) {
    }

    private DeclarativeFiles() {
    }

    static List<SqlFile> find(Path dbDirectory, ClassLoader loader) {
        Path folder = dbDirectory.resolve("schema");
        try {
            return Files.isDirectory(folder) ? fromFolder(folder) : fromClasspath(loader);
        } catch (IOException e) {
            throw new StrataException("cannot read the declarative SQL files (db/schema): " + e.getMessage(), e);
        }
    }

    private static List<SqlFile> fromFolder(Path folder) throws IOException {
        List<SqlFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                files.add(new SqlFile(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    private static List<SqlFile> fromClasspath(ClassLoader loader) throws IOException {
        // The first classpath root that has a name wins, as for any resource.
        Map<String, Resource> byName = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver(loader).getResources(CLASSPATH_PATTERN)) {
            if (resource.getFilename() != null) {
                byName.putIfAbsent(resource.getFilename(), resource);
            }
        }
        List<SqlFile> files = new ArrayList<>();
        for (Map.Entry<String, Resource> entry : byName.entrySet()) {
            files.add(new SqlFile(entry.getKey(), entry.getValue().getContentAsString(StandardCharsets.UTF_8)));
        }
        return files;
    }
}
