package dev.dhipicker.catalog.ref;

import java.util.Locale;

/** The base distribution of a Docker Hardened Image. */
public enum DistroFamily {
    DEBIAN, ALPINE;

    /** Lower-case name as used in tags and JSON ({@code debian}, {@code alpine}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The C library that this distribution ships. */
    public Libc libc() {
        return this == ALPINE ? Libc.MUSL : Libc.GLIBC;
    }

    /** Parses {@code debian} or {@code alpine}; returns null for anything else. */
    public static DistroFamily fromId(String id) {
        if ("debian".equals(id)) {
            return DEBIAN;
        }
        if ("alpine".equals(id)) {
            return ALPINE;
        }
        return null;
    }
}
