package dev.strata.migration.autogenerate;

import dev.strata.migration.RevisionFiles;
import dev.strata.settings.StrataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary copy of the {@code migration} folder as {@code db squash} would leave it: the
 * baseline migration added and, with {@code --delete}, the folded migrations gone. Closing it
 * deletes the copy.
 */
final class SquashedFolder implements AutoCloseable {

    private final Path root;

    private SquashedFolder(Path root) {
        this.root = root;
    }

    static SquashedFolder of(SquashedFiles files, RevisionFiles.Contents baseline, boolean delete) throws IOException {
        Path root = Files.createTempDirectory("strata-squash-");
        SquashedFolder folder = new SquashedFolder(root);
        try (Stream<Path> sources = Files.walk(files.folder())) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                String below = files.folder().relativize(source).toString();
                if (!(delete && folded(files, below))) {
                    Files.copy(source, Files.createDirectories(root.resolve(below).getParent()).resolve(source.getFileName()));
                }
            }
            Files.writeString(root.resolve(files.baselineName()), baseline.up());
            if (baseline.upConfig() != null) {
                Files.writeString(root.resolve(files.baselineName() + ".conf"), baseline.upConfig());
            }
            return folder;
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** The copy as a Flyway location. */
    String location() {
        return "filesystem:" + root;
    }

    /**
     * Deletes the folded migrations (with their {@code .conf}) under {@code migration/} and their
     * down scripts under {@code downgrade/}; returns what it deleted.
     */
    static List<Path> delete(Path dbDirectory, SquashedFiles files) throws IOException {
        List<Path> deleted = new ArrayList<>();
        Path downgrade = dbDirectory.resolve("downgrade");
        for (String below : files.folded()) {
            Path name = Path.of(below).getFileName();
            for (Path file : Stream.of(files.folder().resolve(below), files.folder().resolve(below + ".conf"),
                    downgrade.resolve(below), downgrade.resolve(name)).distinct().toList()) {
                if (Files.deleteIfExists(file)) {
                    deleted.add(file);
                }
            }
        }
        return deleted;
    }

    /** Whether {@code below} (a path below the folder) is a folded migration or its {@code .conf}. */
    private static boolean folded(SquashedFiles files, String below) {
        return files.folded().contains(below) || files.folded().contains(below.replaceFirst("\\.conf$", ""));
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new StrataException("cannot delete the temporary folder " + root + ": " + e.getMessage(), e);
        }
    }
}
