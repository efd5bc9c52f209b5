package dev.strata.migration.autogenerate.desired;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.settings.ToolSettings.EntityNaming;
import dev.strata.test.CompiledSources;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendering cache against Hibernate itself: a hit gives exactly what Hibernate renders, and every
 * change of an input (a class file, the version, the naming) renders again. No database is needed:
 * rendering never connects.
 */
class RenderingCacheTests {

    private static final int POSTGRES = 15;

    @TempDir
    Path project;

    @Test
    void unchangedClassesAreRenderedOnceAndThenReadBackAsHibernateRenderedThem() throws IOException {
        try (URLClassLoader loader = CompiledSources.compile(project.resolve("classes"), ShopFixture.SOURCES)) {
            DesiredSchema.Rendering first = cached(loader).render(POSTGRES);
            DesiredSchema.Rendering second = cached(loader).render(POSTGRES);
            DesiredSchema.Rendering uncached = new DesiredSchema(List.of("fixture.shop"), loader, project).render(POSTGRES);

            assertThat(first.cached()).isFalse();
            assertThat(second.cached()).isTrue();
            assertThat(uncached.cached()).isFalse();
            for (DesiredSchema.Rendering rendering : List.of(first, second)) {
                assertThat(rendering.classes()).isEqualTo(uncached.classes()).isEqualTo(2);
                assertThat(rendering.statements()).isEqualTo(uncached.statements());
                assertThat(rendering.warnings()).isEqualTo(uncached.warnings()).hasSize(2);
            }
        }
    }

    @Test
    void aChangedClassFileRendersAgain() throws IOException {
        Path classes = project.resolve("classes");
        try (URLClassLoader loader = CompiledSources.compile(classes, ShopFixture.SOURCES)) {
            assertThat(cached(loader).render(POSTGRES).cached()).isFalse();
        }
        Map<String, String> changed = new HashMap<>(ShopFixture.SOURCES);
        changed.put("fixture.shop.Customer", ShopFixture.SOURCES.get("fixture.shop.Customer")
                .replace("private Instant createdAt;", "private Instant createdAt;\n    private String nickname;"));
        try (URLClassLoader loader = CompiledSources.compile(classes, changed)) {
            DesiredSchema.Rendering rendering = cached(loader).render(POSTGRES);

            assertThat(rendering.cached()).isFalse();
            assertThat(rendering.statements()).anyMatch(statement -> statement.contains("nickname"));
            assertThat(cached(loader).render(POSTGRES).cached()).isTrue();
        }
    }

    @Test
    void aClassFileWithOtherBytesOfTheSameSizeRendersAgain() throws IOException {
        Path classes = project.resolve("classes");
        Path customer = classes.resolve("fixture/shop/Customer.class");
        try (URLClassLoader loader = CompiledSources.compile(classes, ShopFixture.SOURCES)) {
            assertThat(cached(loader).render(POSTGRES).cached()).isFalse();
        }
        FileTime modified = Files.getLastModifiedTime(customer);
        long size = Files.size(customer);
        Map<String, String> changed = new HashMap<>(ShopFixture.SOURCES);
        changed.put("fixture.shop.Customer", ShopFixture.SOURCES.get("fixture.shop.Customer").replace("length = 320", "length = 321"));
        try (URLClassLoader loader = CompiledSources.compile(classes, changed)) {
            Files.setLastModifiedTime(customer, modified);
            assertThat(Files.size(customer)).isEqualTo(size);

            DesiredSchema.Rendering rendering = cached(loader).render(POSTGRES);
            assertThat(rendering.cached()).isFalse();
            assertThat(rendering.statements()).anyMatch(statement -> statement.contains("varchar(321)"));
        }
    }

    @Test
    void aFolderRewrittenWithTheSameBytesIsStillAHit() throws IOException {
        Path classes = project.resolve("classes");
        try (URLClassLoader loader = CompiledSources.compile(classes, ShopFixture.SOURCES)) {
            assertThat(cached(loader).render(POSTGRES).cached()).isFalse();
            // What a build does to unchanged outputs such as Maven's resources and build-info.properties.
            Path customer = classes.resolve("fixture/shop/Customer.class");
            Files.write(customer, Files.readAllBytes(customer));
            Files.setLastModifiedTime(customer, FileTime.fromMillis(Files.getLastModifiedTime(customer).toMillis() + 5_000));

            assertThat(cached(loader).render(POSTGRES).cached()).isTrue();
        }
    }

    @Test
    void aRebuiltJarRendersAgain() throws IOException {
        Path classes = project.resolve("classes");
        CompiledSources.compile(classes, ShopFixture.SOURCES).close();
        Path jar = project.resolve("model.jar");
        writeJar(classes, jar);
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(cached(loader).render(POSTGRES).cached()).isFalse();
            assertThat(cached(loader).render(POSTGRES).cached()).isTrue();
            Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));

            assertThat(cached(loader).render(POSTGRES).cached()).isFalse();
        }
    }

    @Test
    void anotherServerVersionOrNamingIsAnotherRendering() throws IOException {
        try (URLClassLoader loader = CompiledSources.compile(project.resolve("classes"), ShopFixture.SOURCES)) {
            assertThat(cached(loader).render(POSTGRES).cached()).isFalse();
            assertThat(cached(loader).render(POSTGRES + 1).cached()).isFalse();
            DesiredSchema postgresNaming = new DesiredSchema(List.of("fixture.shop"), loader, project, EntityNaming.EXACT,
                    project.resolve("cache"));

            assertThat(postgresNaming.render(POSTGRES).cached()).isFalse();
            assertThat(cached(loader).render(POSTGRES).cached()).isTrue();
        }
    }

    @Test
    void aLoaderWhoseClassPathCannotBeListedIsNeverCached() throws IOException {
        try (URLClassLoader compiled = CompiledSources.compile(project.resolve("classes"), ShopFixture.SOURCES)) {
            ClassLoader opaque = new ClassLoader(compiled) {
            };

            assertThat(RenderingCache.key(List.of("fixture.shop"), opaque, EntityNaming.SPRING, POSTGRES)).isEmpty();
            assertThat(cached(opaque).render(POSTGRES).cached()).isFalse();
            assertThat(cached(opaque).render(POSTGRES).cached()).isFalse();
            assertThat(project.resolve("cache")).doesNotExist();
        }
    }

    @Test
    void aDamagedOrTruncatedFileIsRenderedAgainAndReplaced() throws IOException {
        try (URLClassLoader loader = CompiledSources.compile(project.resolve("classes"), ShopFixture.SOURCES)) {
            DesiredSchema.Rendering rendered = cached(loader).render(POSTGRES);
            Path file = onlyFile();
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

            DesiredSchema.Rendering again = cached(loader).render(POSTGRES);
            assertThat(again.cached()).isFalse();
            assertThat(again.statements()).isEqualTo(rendered.statements());

            Files.writeString(file, "not a rendering");
            assertThat(cached(loader).render(POSTGRES).cached()).isFalse();
            assertThat(cached(loader).render(POSTGRES).cached()).isTrue();
        }
    }

    @Test
    void onlyTheNewestRenderingsAreKept() throws IOException {
        RenderingCache cache = new RenderingCache(project.resolve("cache"));
        RenderingCache.Entry entry = new RenderingCache.Entry(1, List.of("CREATE TABLE t (id int)"), List.of());
        IntStream.range(0, RenderingCache.KEPT + 3).forEach(index -> {
            cache.write("key" + index, entry);
            try {
                Files.setLastModifiedTime(project.resolve("cache/key" + index + ".ddl"), FileTime.fromMillis(1_000_000L * (index + 1)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        cache.write("newest", entry);

        try (Stream<Path> files = Files.list(project.resolve("cache"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .hasSize(RenderingCache.KEPT)
                    .contains("newest.ddl", "key12.ddl")
                    .doesNotContain("key0.ddl", "key1.ddl", "key2.ddl", "key3.ddl");
        }
        assertThat(cache.read("newest")).contains(entry);
    }

    @Test
    void aClassPathEntryIsTheFileItReads() {
        assertThat(RenderingCache.root("jar:nested:/srv/app/strata.jar/!BOOT-INF/lib/hibernate-core.jar!/"))
                .isEqualTo("/srv/app/strata.jar");
        // Spring Boot percent-encodes the jar's path: a space must not make the jar look missing.
        assertThat(RenderingCache.root("jar:nested:/srv/my%20app/strata.jar/!BOOT-INF/classes/!/"))
                .isEqualTo("/srv/my app/strata.jar");
        assertThat(RenderingCache.root("jar:file:/srv/lib/model.jar!/")).isEqualTo("/srv/lib/model.jar");
        assertThat(RenderingCache.root("file:/srv/app/classes/")).isEqualTo("/srv/app/classes");
        assertThat(RenderingCache.root("https://example.com/model.jar")).isNull();
    }

    private DesiredSchema cached(ClassLoader loader) {
        return new DesiredSchema(List.of("fixture.shop"), loader, project, EntityNaming.SPRING, project.resolve("cache"));
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("cache"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.getFirst();
        }
    }

    private static void writeJar(Path classes, Path jar) throws IOException {
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }
}
