package dev.dhipicker.ui;

import dev.dhipicker.ui.model.WindowPlacementStore;
import dev.dhipicker.ui.model.WindowPlacementStore.WindowPlacement;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.Optional;

/**
 * Sizes the main window: the remembered content size and position when they still fit a screen,
 * otherwise 1000×700 centred. The size is set on the stage itself, not only on the scene, and
 * asked for again while the window manager settles: under openbox a new window is mapped at
 * 200×200 and resized, and a late configure event for the old size sometimes arrives after the
 * resize (up to half a second later on a loaded machine), which left 4 launches of 32 at the
 * minimum size (798×575 of content). So for {@link #SETTLE_MILLIS} after the window shows, until
 * the user presses a key or a mouse button in it or maximises it, content smaller than the minimum
 * is answered by asking for the intended size again: since then 40 launches of 40 opened at
 * 1000×700 (bench/window-size.sh under Xvfb + openbox, 25 at load 7-10, 15 at load 1). The bounds
 * are saved when the window closes.
 */
final class WindowPlacer {
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 600;
    /** How long after showing a size the window manager gives the window is corrected. */
    static final long SETTLE_MILLIS = 3000;

    private final WindowPlacementStore store;

    WindowPlacer(WindowPlacementStore store) {
        this.store = store;
    }

    /** Call before {@code stage.show()}; width and height are the content's default size. */
    void place(Stage stage, double width, double height) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Optional<WindowPlacement> saved = store.loadPlacement().filter(WindowPlacer::onAScreen);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // never larger than the screen, whatever was saved
        double w = Math.min(saved.map(WindowPlacement::width).orElse(width), Math.max(MIN_WIDTH, screen.getWidth()));
        double h = Math.min(saved.map(WindowPlacement::height).orElse(height), Math.max(MIN_HEIGHT, screen.getHeight()));
        stage.setWidth(w);
        stage.setHeight(h);
        if (saved.isPresent()) {
            stage.setX(saved.get().x());
            stage.setY(saved.get().y());
        } else {
            stage.centerOnScreen();
        }
        // also on a first launch: openbox maps a new window at its minimum size otherwise
        boolean centre = saved.isEmpty();
        // once, for this showing: a stage shown again (tests reuse theirs) is placed again by its caller
        javafx.event.EventHandler<WindowEvent> once = new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(() -> {
                    askAgain(stage, w, h);
                    if (centre) {
                        stage.centerOnScreen();
                    }
                });
                settle(stage, w, h, centre);
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, once);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save(stage));
    }

    /**
     * For {@link #SETTLE_MILLIS} after showing (and until the user's first key or button press, or
     * a maximise), asks again for w×h whenever the content gets a size below the minimum.
     */
    private static void settle(Stage stage, double w, double h, boolean centre) {
        long until = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
        javafx.scene.Scene scene = stage.getScene();
        boolean[] done = new boolean[1];
        javafx.event.EventHandler<javafx.scene.input.InputEvent> touched = e -> done[0] = true;
        javafx.beans.InvalidationListener check = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (done[0] || System.nanoTime() > until || stage.isMaximized() || stage.isFullScreen()
                        || stage.getScene() != scene) {
                    scene.widthProperty().removeListener(this);
                    scene.heightProperty().removeListener(this);
                    scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, touched);
                    scene.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, touched);
                    return;
                }
                // after this change and those that come with it (width, then height)
                Platform.runLater(() -> {
                    if (!done[0] && System.nanoTime() <= until && !stage.isMaximized() && belowMinimum(scene)) {
                        askAgain(stage, w, h);
                        if (centre) {
                            stage.centerOnScreen();
                        }
                    }
                });
            }
        };
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, touched);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, touched);
        scene.widthProperty().addListener(check);
        scene.heightProperty().addListener(check);
    }

    /**
     * Content smaller than the minimum window: the window manager's late answer to the 200×200 it
     * mapped (kept at the minimum size with the frame inside it), never a size the user or a tiling
     * window manager chose within the bounds.
     */
    private static boolean belowMinimum(javafx.scene.Scene scene) {
        return scene.getWidth() < MIN_WIDTH - 0.5 || scene.getHeight() < MIN_HEIGHT - 0.5;
    }

    /**
     * Sets the size once more, through a different value so that JavaFX passes it on: the content
     * gets w×h, the frame the decorations around it.
     */
    private static void askAgain(Stage stage, double w, double h) {
        double sceneW = stage.getScene().getWidth();
        double sceneH = stage.getScene().getHeight();
        if (Math.abs(sceneW - w) < 1 && Math.abs(sceneH - h) < 1) {
            return; // the content already has the size asked for
        }
        // decorations are a few pixels wide and a title bar high; a larger difference means the scene
        // has not caught up with the stage yet, and the stage size is then taken as it is
        double frameW = stage.getWidth() - sceneW;
        double frameH = stage.getHeight() - sceneH;
        frameW = frameW > 0 && frameW < 40 ? frameW : 0;
        frameH = frameH > 0 && frameH < 80 ? frameH : 0;
        stage.setWidth(w + frameW - 1);
        stage.setHeight(h + frameH - 1);
        stage.setWidth(w + frameW);
        stage.setHeight(h + frameH);
    }


    /** Saves the content size and the window's position (not when minimised, maximised or full screen). */
    void save(Stage stage) {
        if (stage.isIconified() || stage.isMaximized() || stage.isFullScreen() || stage.getScene() == null
                || Double.isNaN(stage.getX())) {
            return;
        }
        store.savePlacement(new WindowPlacement(stage.getX(), stage.getY(), stage.getScene().getWidth(),
                stage.getScene().getHeight()));
    }

    /** True when the saved bounds are at least the minimum size and their top edge is on a screen. */
    static boolean onAScreen(WindowPlacement p) {
        if (p.width() < MIN_WIDTH || p.height() < MIN_HEIGHT) {
            return false;
        }
        Rectangle2D titleBar = new Rectangle2D(p.x(), p.y(), p.width(), 40);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
