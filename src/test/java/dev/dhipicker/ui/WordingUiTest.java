package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the choice pages say: one description per compliance regime, no language words for an application image. */
@ExtendWith(ApplicationExtension.class)
class WordingUiTest {

    private final UiHarness ui = new UiHarness();

    @Start
    void start(Stage stage) throws Exception {
        ui.start(stage, Messages.english());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void eachComplianceRegimeSaysWhatItIsAndWhoNeedsIt(FxRobot robot) {
        robot.interact(() -> {
            ui.model.selectWorkload("python");
            ui.model.next();
            ui.model.next();
            ui.model.next();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String fips = text(robot, "#compliance-fips-hint");
        String stig = text(robot, "#compliance-stig-hint");
        String both = text(robot, "#compliance-fips-stig-hint");
        assertThat(List.of(fips, stig, both)).doesNotHaveDuplicates();
        assertThat(fips).contains("FIPS 140").contains("Needed for");
        assertThat(stig).contains("Security Technical Implementation Guides").contains("Needed for");
        assertThat(both).contains("STIG").contains("cryptography");
        assertThat(text(robot, "#compliance-paid-note")).contains("<org>/dhi-<repo>");
    }

    @Test
    void anApplicationImageIsNotAskedAboutWheels(FxRobot robot) {
        for (String workload : new String[]{"redis", "python"}) {
            robot.interact(() -> {
                ui.model.startOver();
                ui.model.selectWorkload(workload);
                ui.model.next();
            });
            WaitForAsyncUtils.waitForFxEvents();
            String page = String.join(" ", robot.lookup("#libc-glibc").queryAs(RadioButton.class).getText(),
                    text(robot, "#libc-glibc-hint"), text(robot, "#libc-musl-hint")).toLowerCase(Locale.ROOT);
            assertThat(page).as(workload).doesNotContain("wheel");
            boolean application = workload.equals("redis");
            assertThat(text(robot, "#libc-glibc-hint")).as(workload).isEqualTo(Messages.english()
                    .get(application ? "ui.libc.glibc.hint.application" : "ui.libc.glibc.hint"));
        }
    }
}
