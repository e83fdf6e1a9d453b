package dev.dhipicker.cli;

import dev.dhipicker.catalog.update.UserCatalogStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the command line takes from its surroundings, read once by {@link Cli#main} and passed
 * down: the user's data folder (null: no user catalog, as in tests), the clock for "today" and
 * the environment (proxy variables).
 *
 * @param dataFolder where the updated catalog lives, or null
 * @param clock      today's date when {@code --today} is not given
 * @param env        environment variables ({@code HTTPS_PROXY}, {@code NO_PROXY})
 */
record CliContext(Path dataFolder, Clock clock, Map<String, String> env) {

    CliContext {
        env = Map.copyOf(env);
    }

    /** The process's own: {@code $XDG_DATA_HOME/dhi-picker} (or {@code ~/.local/share/dhi-picker}), the system clock. */
    static CliContext ofProcess(Map<String, String> env, String userHome) {
        return new CliContext(UserCatalogStore.defaultFolder(env, userHome), Clock.systemDefaultZone(), env);
    }

    /** No user catalog, the system clock, no proxy: the bundled catalog only. */
    static CliContext isolated() {
        return new CliContext(null, Clock.systemDefaultZone(), Map.of());
    }
}
