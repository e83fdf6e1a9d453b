package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.ui.model.Step;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages replaced by a language switch are detached from the model: nothing of them reacts any more. */
@ExtendWith(ApplicationExtension.class)
class PageLifecycleUiTest {

    private final UiHarness ui = new UiHarness();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) throws Exception {
        ui.start(stage, Messages.english());
        // JavaFX hands an exception thrown by a listener to the thread's handler (it prints it)
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void restore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before)).get();
    }

    @Test
    void afterALanguageSwitchTheOldPagesNoLongerListen(FxRobot robot) {
        robot.interact(() -> ui.model.selectWorkload("python"));
        robot.clickOn("#menu-file").clickOn("#menu-start-over");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#confirm-dialog .button").match(n -> ((Button) n).isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#workload-search").write("python");
        robot.interact(() -> {
            ui.model.selectWorkload("python");
            ui.model.next();
            ui.model.next();
            ui.model.next();
        });
        assertThat(ui.model.stepProperty().get()).isEqualTo(Step.COMPLIANCE);
        TextField oldOrg = robot.lookup("#org-field").queryAs(TextField.class);

        robot.clickOn("#menu-language").clickOn("#menu-language-zh-cn");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ui.window.switchLanguage(Messages.forLocale(Locale.ENGLISH)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#compliance-fips");
        TextField org = robot.lookup("#org-field").queryAs(TextField.class);
        assertThat(org).as("the page was rebuilt").isNotSameAs(oldOrg);
        robot.clickOn("#org-field").write("acme");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ui.model.complianceProperty().get()).isEqualTo(ComplianceNeed.FIPS);
        assertThat(ui.model.orgProperty().get()).isEqualTo("acme");
        assertThat(oldOrg.getText()).as("the replaced page's field no longer follows the model").isEmpty();
        assertThat(uncaught).as("no exception from a listener left behind").isEmpty();
        assertThat(Platform.isFxApplicationThread()).isFalse();
    }
}
