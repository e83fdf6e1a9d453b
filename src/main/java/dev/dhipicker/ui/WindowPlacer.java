package dev.dhipicker.ui;

import dev.dhipicker.ui.model.WindowPlacementStore;
import dev.dhipicker.ui.model.WindowPlacementStore.WindowPlacement;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Optional;

/**
 * Sizes the main window: the saved size and position when they still fit a screen, otherwise
 * 1000×700 centred. The size is set on the stage itself and again once it is shown, because
 * some window managers open a window at its minimum size when only the scene has one. The
 * bounds are saved when the window closes.
 */
final class WindowPlacer {
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 600;

    private final WindowPlacementStore store;

    WindowPlacer(WindowPlacementStore store) {
        this.store = store;
    }

    /** Call before {@code stage.show()}. */
    void place(Stage stage, double width, double height) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Optional<WindowPlacement> saved = store.loadPlacement().filter(WindowPlacer::onAScreen);
        double w = saved.map(WindowPlacement::width).orElse(width);
        double h = saved.map(WindowPlacement::height).orElse(height);
        stage.setWidth(w);
        stage.setHeight(h);
        saved.ifPresentOrElse(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
        }, stage::centerOnScreen);
        stage.setOnShown(e -> {
            if (stage.getWidth() < w || stage.getHeight() < h) {
                stage.setWidth(w);
                stage.setHeight(h);
            }
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> save(stage));
    }

    void save(Stage stage) {
        if (stage.isIconified() || stage.isMaximized() || stage.isFullScreen() || Double.isNaN(stage.getWidth())) {
            return;
        }
        store.savePlacement(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    /** True when the saved bounds are at least the minimum size and their title bar is on a screen. */
    static boolean onAScreen(WindowPlacement p) {
        if (p.width() < MIN_WIDTH || p.height() < MIN_HEIGHT) {
            return false;
        }
        Rectangle2D titleBar = new Rectangle2D(p.x(), p.y(), p.width(), 40);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
