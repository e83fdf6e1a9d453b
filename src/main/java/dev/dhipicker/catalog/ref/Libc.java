package dev.dhipicker.catalog.ref;

import java.util.Locale;

/** The C library of an image: glibc (Debian), musl (Alpine), or none (a static image without libc). */
public enum Libc {
    GLIBC, MUSL, NONE;

    /** Lower-case name as used in JSON ({@code glibc}, {@code musl}, {@code none}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an id; returns null for anything else. */
    public static Libc fromId(String id) {
        for (Libc l : values()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }
}
