package dev.dhipicker.ui;

import javafx.application.Application;

/**
 * Starts the desktop application. A separate class from the {@link Application} subclass so
 * that the class-path launch works without JavaFX modules on the module path.
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static void main(String[] args) {
        // The catalog loads while the toolkit starts (they take similar time; see docs/benchmarks.md).
        DhiPickerApp.preloadEngine();
        Application.launch(DhiPickerApp.class, args);
    }
}
