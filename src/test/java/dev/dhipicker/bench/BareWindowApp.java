package dev.dhipicker.bench;

import dev.dhipicker.ui.MainWindow;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Benchmark baseline: a bare JavaFX window (one label, the wizard's size), measured by the same
 * {@link FirstFrameProbe} as the wizard. Start it with
 * {@code java -cp target/dhi-picker.jar:target/dhi-picker-bench.jar dev.dhipicker.bench.BareWindowApp$Launcher}.
 */
public final class BareWindowApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Baseline");
        stage.setScene(new Scene(new StackPane(new Label("Baseline window")), MainWindow.WIDTH, MainWindow.HEIGHT));
        stage.show();
    }

    /** Class-path launcher (the Application subclass cannot be the main class without JavaFX modules). */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            FirstFrameProbe.install();
            Application.launch(BareWindowApp.class, args);
        }
    }
}
