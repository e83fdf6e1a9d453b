package dev.dhipicker.ui.pages;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Message;
import dev.dhipicker.ui.Services;
import dev.dhipicker.ui.model.WizardModel;

/**
 * What every page gets: the model, the interface strings and the side-effect services.
 *
 * @param model    the wizard model
 * @param messages interface strings
 * @param services clipboard, dialogs, file choosers
 * @param dockerfile "Start from a Dockerfile…" and the migration view
 */
public record PageContext(WizardModel model, Messages messages, Services services, DockerfileStart dockerfile) {

    /**
     * The note naming the answers inferred from the Dockerfile in use that are still chosen, or
     * null when there are none.
     */
    public String inferredNote() {
        var loaded = dockerfile.session().loadedProperty().get();
        var project = dockerfile.session().projectProperty().get();
        java.util.List<String> kept = dockerfile.session().keptInferences();
        if (loaded == null && project == null || kept.isEmpty()) {
            return null;
        }
        var labels = new dev.dhipicker.export.ValueLabels(messages);
        if (project != null) {
            // each answer with the files it was read from
            java.util.List<String> named = kept.stream().map(a -> t("ui.project.inferred.item", t(Messages.answerKey(a)),
                    labels.list(project.plan().used().stream().filter(u -> u.answer().id().equals(a))
                            .map(u -> dev.dhipicker.ui.model.ProjectAnswerTexts.where(u)).toList()))).toList();
            return t("ui.project.inferred", String.valueOf(project.folder().getFileName()), labels.list(named));
        }
        java.util.List<String> names = kept.stream().map(a -> t(Messages.answerKey(a))).toList();
        return t("ui.migration.inferred", String.valueOf(loaded.file().getFileName()), loaded.inferred().image(),
                labels.list(names));
    }

    /** Shorthand for an interface string. */
    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    /** An engine message rendered with the explanation texts of the catalog in use. */
    public String render(Message m) {
        return model.engineProperty().get().texts().render(m.key(), m.params());
    }

    /** The documentation page an engine message rests on. */
    public String source(Message m) {
        return model.engineProperty().get().texts().source(m.key());
    }
}
