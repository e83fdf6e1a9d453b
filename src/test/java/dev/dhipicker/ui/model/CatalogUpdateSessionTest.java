package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.UpstreamTrees;
import dev.dhipicker.catalog.update.ArchiveDownloader;
import dev.dhipicker.catalog.update.CatalogUpdater;
import dev.dhipicker.catalog.update.ProxyChoice;
import dev.dhipicker.catalog.update.SafeUnpacker;
import dev.dhipicker.catalog.update.TarBuilder;
import dev.dhipicker.catalog.update.UpdateLimits;
import dev.dhipicker.catalog.update.UserCatalogStore;
import dev.dhipicker.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The update dialog's model without a toolkit: the run's states, progress and texts. */
class CatalogUpdateSessionTest {
    static final String COMMIT = "c0ffee0123456789abcdef0123456789abcdef01";
    @TempDir
    Path tmp;

    CatalogUpdateSession session(Path data, List<Double> progress) {
        CatalogUpdateSession s = new CatalogUpdateSession(() -> new CatalogUpdater(new UserCatalogStore(data),
                new ArchiveDownloader(ProxyChoice.fromEnvironment(Map.of()), UpdateLimits.DEFAULT),
                new SafeUnpacker(UpdateLimits.DEFAULT), URI.create("http://127.0.0.1:9/none")), Runnable::run, Runnable::run);
        s.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        return s;
    }

    @Test
    void aSuccessfulRunEndsAtOneWithTheResultAndSwitchesTheCatalog() throws Exception {
        Path archive = tmp.resolve("c.tar.gz");
        TarBuilder.github(archive, COMMIT, LocalDate.parse("2026-11-30").toEpochDay() * 86400, "catalog-c0ffee0",
                UpstreamTrees.withNewPythonLine());
        List<Double> progress = new ArrayList<>();
        CatalogUpdateSession s = session(tmp.resolve("data"), progress);
        Messages m = Messages.english();
        int[] switched = {0};
        s.start(new CatalogUpdater.Request(archive.toString(), null, null), m, () -> switched[0]++);
        assertThat(switched[0]).isEqualTo(1);
        assertThat(s.succeededProperty().get()).isTrue();
        assertThat(s.runningProperty().get()).isFalse();
        assertThat(s.resultProperty().get()).startsWith(m.get("ui.update.done", "2026-11-30", "c0ffee012345") + "\n");
        assertThat(s.statusProperty().get()).isEqualTo(m.get("ui.update.phase.done"));
        assertThat(progress).contains(-1.0).last().isEqualTo(1.0);
        assertThat(progress.stream().filter(p -> p >= 0).toList()).isSorted();
    }

    @Test
    void aFailureIsTheOneLineMessageAndNothingSwitches() {
        List<Double> progress = new ArrayList<>();
        CatalogUpdateSession s = session(tmp.resolve("data"), progress);
        Messages m = Messages.english();
        int[] switched = {0};
        s.start(new CatalogUpdater.Request(tmp.resolve("missing.tar.gz").toString(), null, null), m, () -> switched[0]++);
        assertThat(switched[0]).isZero();
        assertThat(s.succeededProperty().get()).isFalse();
        assertThat(s.resultProperty().get()).isEqualTo(m.get("update.error.noSuchSource", tmp.resolve("missing.tar.gz").toString()));
        assertThat(s.statusProperty().get()).isEqualTo(m.get("ui.update.phase.failed"));
    }
}
