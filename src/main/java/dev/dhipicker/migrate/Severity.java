package dev.dhipicker.migrate;

import java.util.Locale;

/** How much a finding matters: an error means the migrated file needs a change before it works. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case id as used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
