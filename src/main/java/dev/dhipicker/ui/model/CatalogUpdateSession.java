package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.update.Cancellation;
import dev.dhipicker.catalog.update.CatalogDiff;
import dev.dhipicker.catalog.update.CatalogUpdater;
import dev.dhipicker.catalog.update.UpdateException;
import dev.dhipicker.catalog.update.UpdateProgress;
import dev.dhipicker.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One run of "Update catalog…" as the dialog shows it: running or not, the progress (a fraction,
 * or -1 while unknown), what is being done, and the result or the one-line error. The update runs
 * on the worker; every change of the properties is handed to {@code ui} (the JavaFX thread in
 * the application, the calling thread in tests).
 */
public final class CatalogUpdateSession {
    /** Makes the updater for a run (it reads the proxy variables, which may be wrong). */
    public interface UpdaterFactory {
        CatalogUpdater create() throws UpdateException;
    }

    private final UpdaterFactory factory;
    private final Executor worker;
    private final Consumer<Runnable> ui;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty succeeded = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private Cancellation cancellation;

    /**
     * @param factory makes the updater
     * @param worker  runs the update off the interface thread
     * @param ui      runs property changes where the interface wants them
     */
    public CatalogUpdateSession(UpdaterFactory factory, Executor worker, Consumer<Runnable> ui) {
        this.factory = factory;
        this.worker = worker;
        this.ui = ui;
    }

    /**
     * Starts an update; {@code onSuccess} runs through {@code ui} once the new catalog is published.
     *
     * @param request  source, commit and date
     * @param messages the texts of the interface language
     */
    public void start(CatalogUpdater.Request request, Messages messages, Runnable onSuccess) {
        if (running.get()) {
            return;
        }
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        running.set(true);
        succeeded.set(false);
        result.set("");
        progress.set(-1);
        status.set(messages.get("ui.update.phase.start"));
        worker.execute(() -> {
            String text;
            boolean ok = false;
            try {
                CatalogUpdater.Result r = factory.create().update(request, new Reporter(messages), cancel);
                CatalogDiff d = r.diff();
                text = messages.get("ui.update.done", r.info().snapshotDate().toString(),
                        shortCommit(r.info().upstreamCommit())) + "\n"
                        + messages.get("ui.update.diff", n(d.repositoriesAdded()), n(d.repositoriesRemoved()),
                        n(d.repositoriesChanged()), n(d.tagsAdded()), n(d.tagsRemoved()), n(d.tagsChanged()),
                        String.valueOf(r.before().snapshotDate()));
                ok = true;
            } catch (UpdateException e) {
                text = messages.get(e.key(), e.args().toArray());
            } catch (RuntimeException e) {
                text = messages.get("ui.update.failed", e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ')));
            }
            String finalText = text;
            boolean finalOk = ok;
            ui.accept(() -> {
                running.set(false);
                progress.set(finalOk ? 1 : 0);
                status.set(messages.get(finalOk ? "ui.update.phase.done" : "ui.update.phase.failed"));
                result.set(finalText);
                succeeded.set(finalOk);
                if (finalOk) {
                    onSuccess.run();
                }
            });
        });
    }

    /** Shows why an update cannot start (an empty address, say), when none is running. */
    public void showProblem(String text) {
        if (!running.get()) {
            succeeded.set(false);
            result.set(text);
        }
    }

    /** Asks the running update to stop; nothing is published after this. */
    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    private static String n(int v) {
        return String.valueOf(v);
    }

    private static String shortCommit(String c) {
        return c == null ? "" : c.substring(0, Math.min(12, c.length()));
    }

    /** Turns phases into a fraction and a text, handing only visible changes to the interface. */
    private final class Reporter implements UpdateProgress {
        private final Messages messages;
        private Phase phase;
        private double shown = -2;

        Reporter(Messages messages) {
            this.messages = messages;
        }

        @Override
        public void report(Phase p, long done, long total) {
            double f = switch (p) {
                case DOWNLOAD -> total > 0 ? 0.4 * done / total : -1;
                case UNPACK -> -1;
                case IMPORT -> total > 0 ? 0.45 + 0.45 * done / total : 0.45;
                case CHECK -> 0.92;
                case PUBLISH -> 0.97;
            };
            if (p == phase && Math.abs(f - shown) < 0.01) {
                return;
            }
            boolean newPhase = p != phase;
            phase = p;
            shown = f;
            String text = newPhase ? switch (p) {
                case DOWNLOAD -> messages.get("ui.update.phase.download");
                case UNPACK -> messages.get("ui.update.phase.unpack");
                case IMPORT -> messages.get("ui.update.phase.import");
                case CHECK -> messages.get("ui.update.phase.check");
                case PUBLISH -> messages.get("ui.update.phase.publish");
            } : null;
            ui.accept(() -> {
                progress.set(f);
                if (text != null) {
                    status.set(text);
                }
            });
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty succeededProperty() {
        return succeeded;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result;
    }
}
