package dev.dhipicker.discover;

import dev.dhipicker.migrate.ReferenceStatus;

import java.util.Locale;

/** What a discovered reference is, as the report states it. */
public enum Status {
    /** Already a Docker Hardened Image. */
    ALREADY_DHI,
    /** Has a DHI counterpart. */
    COUNTERPART,
    /** Has no DHI counterpart. */
    NO_COUNTERPART,
    /** Its DHI counterpart's version line has reached its end of life. */
    LINE_ENDED,
    /** Not a valid image reference. */
    INVALID,
    /** Filled in by a template or a variable, so not known without running it. */
    UNRESOLVED;

    /** Kebab-case id as used in JSON, CSV and SARIF. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Status of(ReferenceStatus s) {
        return switch (s) {
            case ALREADY_DHI -> ALREADY_DHI;
            case COUNTERPART -> COUNTERPART;
            case NO_COUNTERPART -> NO_COUNTERPART;
            case LINE_ENDED -> LINE_ENDED;
            case INVALID -> INVALID;
        };
    }
}
