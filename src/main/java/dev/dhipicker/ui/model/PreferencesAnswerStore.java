package dev.dhipicker.ui.model;

import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Keeps the last answers in {@link java.util.prefs.Preferences} (per user). */
public final class PreferencesAnswerStore implements AnswerStore {
    private final Preferences node;

    /** A store in the given preferences node. */
    public PreferencesAnswerStore(Preferences node) {
        this.node = node;
    }

    /** The application's default node. */
    public static PreferencesAnswerStore forUser() {
        return new PreferencesAnswerStore(Preferences.userRoot().node("dev/dhipicker/answers"));
    }

    @Override
    public Optional<Answers> load() {
        String workload = node.get("workload", null);
        if (workload == null) {
            return Optional.empty();
        }
        LibcNeed libc = LibcNeed.fromId(node.get("libc", "any"));
        SizePriority size = SizePriority.fromId(node.get("size", "balanced"));
        ComplianceNeed compliance = ComplianceNeed.fromId(node.get("compliance", "none"));
        HelmUse helm = HelmUse.fromId(node.get("helm", "none"));
        if (libc == null || size == null || compliance == null || helm == null) {
            return Optional.empty(); // written by another version: start fresh
        }
        return Optional.of(new Answers(workload, node.get("version", null), libc, size, compliance, helm,
                node.get("org", null)));
    }

    @Override
    public void save(Answers a) {
        node.put("workload", a.workload());
        putOrRemove("version", a.version());
        node.put("libc", a.libc().id());
        node.put("size", a.size().id());
        node.put("compliance", a.compliance().id());
        node.put("helm", a.helm().id());
        putOrRemove("org", a.org());
        flush();
    }

    private void putOrRemove(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    @Override
    public void clear() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            // Preferences unavailable: nothing was remembered either.
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembering answers is a convenience; the wizard works without it.
        }
    }
}
