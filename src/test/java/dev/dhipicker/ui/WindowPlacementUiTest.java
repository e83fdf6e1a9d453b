package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.WindowPlacementStore;
import dev.dhipicker.ui.model.WindowPlacementStore.WindowPlacement;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The window opens at the remembered size and position (or 1000×700) and remembers them when it closes. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementUiTest {

    /** An in-memory store that starts with bounds from an earlier launch. */
    static final class Remembered implements WindowPlacementStore {
        WindowPlacement saved = new WindowPlacement(20, 30, 1100, 760);

        @Override
        public Optional<WindowPlacement> loadPlacement() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void savePlacement(WindowPlacement placement) {
            saved = placement;
        }
    }

    private final UiHarness ui = new UiHarness();
    private final Remembered store = new Remembered();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui.placements = store;
        ui.start(stage, Messages.english());
    }

    @Test
    void theWindowOpensWhereItWasAndRemembersWhereItIsWhenItCloses(FxRobot robot) {
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(760);
        assertThat(stage.getX()).isEqualTo(20);
        assertThat(stage.getY()).isEqualTo(30);
        robot.interact(() -> {
            stage.setX(60);
            stage.setY(50);
            stage.setWidth(900);
            stage.setHeight(640);
        });
        robot.interact(stage::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.saved).isEqualTo(new WindowPlacement(60, 50, 900, 640));
    }

    /**
     * A first launch opens at 1000×700 and stays there when the window manager's late answer for an
     * earlier size arrives (under openbox: the 200×200 it mapped, kept at the minimum size); once the
     * user has pressed a key, a size below the minimum is left alone.
     */
    @Test
    void aFirstLaunchKeeps1000x700WhenTheWindowManagerAnswersLate(FxRobot robot) {
        robot.interact(() -> {
            stage.hide();
            store.saved = null;
            Stage fresh = new Stage();
            fresh.setScene(new javafx.scene.Scene(new javafx.scene.control.TextField()));
            new WindowPlacer(store).place(fresh, MainWindow.WIDTH, MainWindow.HEIGHT);
            fresh.show();
            this.stage = fresh;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(1000);
        assertThat(stage.getScene().getHeight()).isEqualTo(700);
        robot.interact(() -> {
            stage.setMinWidth(0); // as under a window manager, whose frame counts towards the minimum
            stage.setMinHeight(0);
            stage.setWidth(798);
            stage.setHeight(575);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).as("asked for again").isEqualTo(1000);
        assertThat(stage.getScene().getHeight()).isEqualTo(700);

        robot.press(javafx.scene.input.KeyCode.SHIFT).release(javafx.scene.input.KeyCode.SHIFT);
        robot.interact(() -> {
            stage.setWidth(798);
            stage.setHeight(575);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).as("the user's turn").isEqualTo(798);
        robot.interact(stage::close);
    }

    @Test
    void boundsThatFitNoScreenOrAreTooSmallAreNotUsed() {
        assertThat(WindowPlacer.onAScreen(new WindowPlacement(-5000, -5000, 1000, 700))).isFalse();
        assertThat(WindowPlacer.onAScreen(new WindowPlacement(0, 0, 300, 200))).isFalse();
        assertThat(WindowPlacer.onAScreen(new WindowPlacement(0, 0, 1000, 700))).isTrue();
    }
}
