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
 */
public record PageContext(WizardModel model, Messages messages, Services services) {

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
