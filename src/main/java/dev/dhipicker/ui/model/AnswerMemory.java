package dev.dhipicker.ui.model;

/**
 * Remembers the wizard's answers between launches: restores the saved ones into a fresh model,
 * then saves every usable set of answers (an invalid organisation is not saved) and forgets them
 * when the user starts over.
 */
public final class AnswerMemory {
    private final AnswerStore store;

    /** @param store where the answers are kept */
    public AnswerMemory(AnswerStore store) {
        this.store = store;
    }

    /** Restores the saved answers (if the catalog still knows their workload) and keeps saving. */
    public void attach(WizardModel model) {
        store.load().ifPresent(model::restore);
        model.answersProperty().addListener((o, was, now) -> {
            if (now == null) {
                store.clear();
            } else if (model.answerErrorProperty().get() == null) {
                store.save(now);
            }
        });
    }
}
