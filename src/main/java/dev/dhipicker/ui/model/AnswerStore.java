package dev.dhipicker.ui.model;

import dev.dhipicker.recommend.Answers;

import java.util.Optional;

/** Remembers the last answers between launches. */
public interface AnswerStore {

    /** The answers saved last time, if any. */
    Optional<Answers> load();

    /** Saves the answers. */
    void save(Answers answers);

    /** Forgets the saved answers. */
    void clear();

    /** A store that remembers nothing (tests). */
    static AnswerStore none() {
        return new AnswerStore() {
            @Override
            public Optional<Answers> load() {
                return Optional.empty();
            }

            @Override
            public void save(Answers answers) {
            }

            @Override
            public void clear() {
            }
        };
    }
}
