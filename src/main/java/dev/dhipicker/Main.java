package dev.dhipicker;

import dev.dhipicker.cli.Cli;
import dev.dhipicker.ui.GuiLauncher;

/**
 * Launcher. With a subcommand it runs the headless CLI (and never touches JavaFX); without
 * arguments it opens the desktop wizard.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiLauncher.main(args);
        } else {
            Cli.main(args);
        }
    }
}
