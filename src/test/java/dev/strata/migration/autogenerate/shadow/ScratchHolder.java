package dev.strata.migration.autogenerate.shadow;

import dev.strata.settings.CommandSettings;
import dev.strata.settings.Env;
import java.nio.file.Path;

/**
 * A process that makes a scratch database, says its name on stdout and waits to be interrupted:
 * what a {@code db} command is while it works, for the test that kills one.
 */
final class ScratchHolder {

    private ScratchHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        ScratchServer server = ScratchServer.open(CommandSettings.from(Env.system(Path.of("").toAbsolutePath())),
                System.err::println);
        ScratchDatabase database = server.create();
        System.out.println("created " + database.name());
        System.out.flush();
        Thread.sleep(60_000);
    }
}
