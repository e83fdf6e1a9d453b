package dev.dhipicker.catalog;

import java.util.Locale;

/** DHI image variant: a minimal runtime image or a dev image with shell, package manager and root. */
public enum Variant {
    RUNTIME, DEV;

    /** Lower-case id as used in the catalog and JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code runtime} or {@code dev}; null otherwise. */
    public static Variant fromId(String id) {
        for (Variant v : values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }
}
