package dev.strata.test;

import dev.strata.settings.DatabaseSettings;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PgBouncer process in transaction mode in front of the test PostgreSQL, with a small
 * server pool so that clients share backends as they do behind Supabase's port 6543. PgBouncer
 * refuses to run as root, so as root it runs as the {@code postgres} user.
 */
public final class PgBouncer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/pgbouncer");
    /** By its path: a root shell's PATH may leave out {@code /usr/sbin} (util-linux puts it there, or in {@code /sbin}). */
    private static final Path RUNUSER = java.nio.file.Files.isExecutable(Path.of("/usr/sbin/runuser"))
            ? Path.of("/usr/sbin/runuser") : Path.of("/sbin/runuser");

    private final Process process;
    private final Path directory;
    private final int port;

    private PgBouncer(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    public static PgBouncer start(DatabaseSettings server) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("pgbouncer-");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = ServiceProcess.freePort();
        String password = server.password() == null ? "" : " password=" + server.password();
        Files.writeString(directory.resolve("userlist.txt"), "\"" + server.user() + "\" \"\"\n");
        Files.writeString(directory.resolve("pgbouncer.ini"), """
                [databases]
                * = host=%s port=%d user=%s%s
                [pgbouncer]
                listen_addr = 127.0.0.1
                listen_port = %d
                unix_socket_dir =
                auth_type = trust
                auth_file = %s
                pool_mode = transaction
                default_pool_size = 2
                max_client_conn = 500
                ignore_startup_parameters = extra_float_digits,options
                logfile = %s
                pidfile = %s
                """.formatted(server.host(), server.port(), server.user(), password, port,
                directory.resolve("userlist.txt"), directory.resolve("pgbouncer.log"),
                directory.resolve("pgbouncer.pid")));
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of(RUNUSER.toString(), "-u", unprivilegedUser(), "--"));
        }
        command.addAll(List.of(BINARY.toString(), directory.resolve("pgbouncer.ini").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("stdout.log").toFile()).start();
        PgBouncer bouncer = new PgBouncer(process, directory, port);
        bouncer.awaitListening();
        return bouncer;
    }

    /** The Debian package runs PgBouncer as {@code postgres}; any unprivileged user will do. */
    private static String unprivilegedUser() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor() == 0 ? "postgres" : "nobody";
    }

    public int port() {
        return port;
    }

    /** Settings for a database through this pooler, declared with {@code ?pgbouncer=true}. */
    public String url(TestDatabase database) {
        return TestDatabase.url(database.settings()).replace(database.settings().hostAndPort(), "127.0.0.1:" + port)
                + "&pgbouncer=true";
    }

    private void awaitListening() throws InterruptedException, IOException {
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("pgbouncer exited: " + log());
            }
            try {
                new Socket("127.0.0.1", port).close();
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("pgbouncer did not listen on " + port + ": " + log());
    }

    private String log() throws IOException {
        Path log = directory.resolve("pgbouncer.log");
        return Files.readString(directory.resolve("stdout.log")) + (Files.exists(log) ? Files.readString(log) : "");
    }

    @Override
    public void close() {
        ServiceProcess.stop(process, 10);
    }
}
