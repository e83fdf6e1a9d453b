package dev.dhipicker.recommend;

import dev.dhipicker.recommend.Recommendation.ExplanationItem;
import dev.dhipicker.recommend.Recommendation.Unmet;

import java.util.ArrayList;
import java.util.List;

/**
 * What one engine run has said so far: explanations, warnings and unmet answers, in order. Steps
 * only append; nothing is taken back, so every sentence must be decided from final values.
 */
final class RunLog {
    private final List<ExplanationItem> explanations = new ArrayList<>();
    private final List<Message> warnings = new ArrayList<>();
    private final List<Unmet> unmet = new ArrayList<>();

    void explain(String topic, String key, String... params) {
        explanations.add(new ExplanationItem(topic, Message.of(key, params)));
    }

    void warn(String key, String... params) {
        Message m = Message.of(key, params);
        if (!warnings.contains(m)) {
            warnings.add(m);
        }
    }

    void unmet(String answer, String key, String... params) {
        unmet.add(new Unmet(answer, Message.of(key, params)));
    }

    boolean hasUnmet(String answer) {
        for (Unmet u : unmet) {
            if (u.answer().equals(answer)) {
                return true;
            }
        }
        return false;
    }

    List<ExplanationItem> explanations() {
        return List.copyOf(explanations);
    }

    List<Message> warnings() {
        return List.copyOf(warnings);
    }

    List<Unmet> unmet() {
        return List.copyOf(unmet);
    }
}
