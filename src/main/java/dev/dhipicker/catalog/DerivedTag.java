package dev.dhipicker.catalog;

/**
 * A tag that DHI Picker derived (for example the FIPS twin of a public tag) and how sure it is.
 *
 * @param tag        the derived tag
 * @param provenance documented (written out by Docker) or inferred (from the naming convention)
 */
public record DerivedTag(String tag, Provenance provenance) {
    /** True when the tag was inferred from the naming convention. */
    public boolean inferred() {
        return provenance == Provenance.INFERRED;
    }
}
