package dev.dhipicker;

import dev.dhipicker.cli.Cli;

/**
 * Launcher. With a subcommand it runs the headless CLI (and never touches JavaFX); without
 * arguments it will open the desktop wizard, which is not built yet, so it prints usage.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Cli.main(args);
    }
}
