package dev.strata.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps an embedded PostgreSQL up after the process that started it ends, and stops it once nobody
 * has used it for a while. Whoever uses the server writes a deadline, in seconds since the epoch,
 * into the data directory's {@value #DEADLINE_FILE}; a small POSIX shell loop detached from the JVM
 * (the watchdog) reads it every few seconds and, once it has passed, asks the server for a fast
 * shutdown (SIGINT to the postmaster), then ends. The watchdog also ends when the server stops for
 * any other reason. Terminal signals (Ctrl-C, a closed terminal) do not reach it: PostgreSQL's own
 * {@code pg_ctl} detaches the server the same way.
 */
public final class IdleShutdown {

    /** The deadline file in the data directory. */
    public static final String DEADLINE_FILE = "strata-keep-until";

    /** The watchdog's process id, in the data directory. */
    public static final String WATCHDOG_FILE = "strata-watchdog.pid";

    /** The watchdog's name ({@code $0}), which tells it apart from another process given its id later. */
    static final String MARKER = "strata-scratch-watchdog";

    private static final String SCRIPT = """
            trap '' HUP INT
            data=$1
            while sleep 5; do
                pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null) || exit 0
                case $pid in ''|*[!0-9]*) exit 0 ;; esac
                kill -0 "$pid" 2>/dev/null || exit 0
                until=$(cat "$data/%s" 2>/dev/null)
                case $until in ''|*[!0-9]*) until=0 ;; esac
                if [ "$(date +%%s)" -ge "$until" ]; then
                    kill -INT "$pid"
                    exit 0
                fi
            done
            """.formatted(DEADLINE_FILE);

    private IdleShutdown() {
    }

    /**
     * Lets the server on {@code dataDirectory} run until {@code seconds} from now, replacing the
     * deadline there (the last user's wins). The file is replaced whole, so the watchdog never
     * reads half of it.
     */
    public static void keepFor(Path dataDirectory, long seconds) throws IOException {
        long until = System.currentTimeMillis() / 1000 + seconds;
        Path target = dataDirectory.resolve(DEADLINE_FILE);
        Path temporary = Files.createTempFile(dataDirectory, DEADLINE_FILE, ".tmp");
        try {
            Files.writeString(temporary, until + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Makes sure a watchdog watches the server on {@code dataDirectory}: the one recorded there
     * when it still runs, else a new one. False when none can be started (no POSIX shell, as on
     * Windows): the caller then stops the server itself.
     */
    public static boolean watch(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(WATCHDOG_FILE);
        if (running(pidFile).isPresent()) {
            return true;
        }
        try {
            Process watchdog = new ProcessBuilder("sh", "-c", SCRIPT, MARKER, dataDirectory.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Files.writeString(pidFile, watchdog.pid() + "\n", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The watchdog recorded in {@code pidFile}, while it runs. */
    public static Optional<ProcessHandle> running(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(IdleShutdown::isWatchdog);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process is a watchdog; when the system does not say what it runs, assumed so. */
    private static boolean isWatchdog(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        Optional<String[]> arguments = info.arguments();
        if (arguments.isPresent()) {
            return Arrays.asList(arguments.get()).contains(MARKER);
        }
        return info.commandLine().map(line -> line.contains(MARKER)).orElse(true);
    }
}
