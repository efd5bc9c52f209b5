package dev.strata.test;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Java sources compiled in-process (javax.tools) against the test classpath into a folder, and a
 * class loader that sees them: entity classes a test adds without a Maven run and without
 * putting them on every other test's classpath.
 */
public final class CompiledSources {

    private CompiledSources() {
    }

    /**
     * Compiles {@code sources} (class name to source text) into {@code output}; returns a loader
     * over {@code output} and every folder in {@code extraRoots} (e.g. resources), whose parent is
     * the test class loader.
     */
    public static URLClassLoader compile(Path output, Map<String, String> sources, Path... extraRoots) throws IOException {
        Files.createDirectories(output);
        if (!sources.isEmpty()) {
            run(output, sources);
        }
        List<URL> roots = new ArrayList<>();
        roots.add(url(output));
        for (Path root : extraRoots) {
            roots.add(url(root));
        }
        return new URLClassLoader(roots.toArray(URL[]::new), CompiledSources.class.getClassLoader());
    }

    private static void run(Path output, Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = sources.entrySet().stream()
                .map(source -> (JavaFileObject) new Source(source.getKey(), source.getValue())).toList();
        List<String> options = List.of("-d", output.toString(), "-classpath", System.getProperty("java.class.path"),
                "-proc:none", "-Xlint:none");
        boolean compiled = compiler.getTask(null, null, diagnostics, options, null, units).call();
        if (!compiled) {
            throw new IllegalStateException("test sources do not compile: " + diagnostics.getDiagnostics());
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
