package dev.dhipicker.catalog;

import java.util.Locale;

/** Whether a tag is written out in Docker's documentation or inferred from the naming convention. */
public enum Provenance {
    /** The tag appears in the catalog or in the repository's own guide. */
    DOCUMENTED,
    /** The tag is derived by DHI's naming convention and has not been seen in a published list. */
    INFERRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
