package dev.strata.schema.corpus;

import dev.strata.schema.SqlStatements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An ordered migration history of a corpus under {@code ../shared/corpus} (read where it is,
 * never changed): the files its ORDER file lists, relative to {@code base}, after an optional
 * prelude that the corpus's SOURCE.md describes.
 *
 * @param name the history's name in case names
 * @param base the directory the ORDER file's names are relative to
 * @param prelude a file to run first (not a step), or null
 * @param files the migration files in apply order
 */
public record History(String name, Path base, Path prelude, List<Path> files) {

    /** Where the corpora are: {@code -Dstrata.corpus=...}, by default {@code ../shared/corpus}. */
    static Path root() {
        return dev.strata.test.Corpora.root();
    }

    public static History of(String name, String corpus, String order, String base, String prelude) {
        Path root = root().resolve(corpus);
        Path dir = root.resolve(base);
        List<Path> files = read(root.resolve(order)).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(dir::resolve).toList();
        return new History(name, dir, prelude == null ? null : root.resolve(prelude), files);
    }

    /** The files to run in order to build the history's last schema: the prelude, then every step. */
    public List<Path> build() {
        List<Path> all = new ArrayList<>();
        if (prelude != null) {
            all.add(prelude);
        }
        all.addAll(files);
        return all;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The step that applies file {@code index} (0-based), named after the file. */
    String stepName(int index) {
        return name + " step " + (index + 1) + "/" + files.size() + " " + base.relativize(files.get(index));
    }

    /**
     * The steps to run: every one, or {@code sample} of those whose file has a statement, evenly
     * spaced over the history (the same ones on every run).
     */
    List<Integer> steps(boolean all, int sample) {
        if (all) {
            return IntStream.range(0, files.size()).boxed().toList();
        }
        List<Integer> nonEmpty = IntStream.range(0, files.size())
                .filter(i -> !SqlStatements.split(read(files.get(i))).isEmpty()).boxed().toList();
        if (nonEmpty.size() <= sample) {
            return nonEmpty;
        }
        List<Integer> chosen = new ArrayList<>();
        for (int k = 0; k < sample; k++) {
            chosen.add(nonEmpty.get((int) ((long) k * (nonEmpty.size() - 1) / (sample - 1))));
        }
        return chosen;
    }
}
