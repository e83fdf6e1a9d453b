package dev.dhipicker.migrate;

import java.util.Locale;

/** What a stage of the migrated Dockerfile is. */
public enum StageRole {
    /** Builds something: gets a {@code -dev} or SDK image. */
    BUILD,
    /** Ships: gets a runtime image. */
    RUNTIME,
    /** {@code FROM <earlier stage>}: left as written. */
    STAGE,
    /** {@code FROM scratch}: left as written. */
    SCRATCH,
    /** An image with no DHI counterpart: left as written. */
    UNKNOWN;

    /** Lower-case id as used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
