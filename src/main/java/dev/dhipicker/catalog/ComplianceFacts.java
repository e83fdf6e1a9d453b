package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.Tag;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-curated facts about FIPS and STIG variants, which the public catalog does not list.
 * FIPS and STIG are DHI Select / Enterprise features pulled from a mirrored repository
 * ({@code <org>/dhi-<repo>:<tag>}); FIPS tags carry {@code -fips}, STIG has no tag suffix.
 *
 * @param fipsSource        documentation page on FIPS variants
 * @param stigSource        documentation page on STIG variants
 * @param mirrorSource      documentation page on mirroring repositories
 * @param tiers             subscription tiers that include FIPS and STIG
 * @param mirroredReference the reference pattern of a mirrored repository
 * @param defaultOrg        the placeholder organisation used when none is given
 * @param stigConfirmation  how to confirm a STIG variant (Hub column and attestation), in our words
 * @param repositories      repositories whose guides document FIPS tags, by name
 */
public record ComplianceFacts(String fipsSource, String stigSource, String mirrorSource, List<String> tiers,
                              String mirroredReference, String defaultOrg, String stigConfirmation,
                              Map<String, FipsRepository> repositories) {
    public ComplianceFacts {
        tiers = List.copyOf(tiers);
        repositories = Map.copyOf(new TreeMap<>(repositories));
    }

    /** True when the repository's own guide documents FIPS tags. */
    public boolean fipsDocumented(String repository) {
        return repositories.containsKey(repository);
    }

    /**
     * The FIPS twin of a public tag, marked documented when the repository's guide writes it out
     * (exactly, or as the suffix after a placeholder) and inferred otherwise.
     */
    public DerivedTag fipsTag(String repository, Tag publicTag) {
        String fips = publicTag.withFips(true).format();
        return new DerivedTag(fips, documentsTag(repository, fips) ? Provenance.DOCUMENTED : Provenance.INFERRED);
    }

    /** The FIPS tags the repository's guide writes out, as written (a leading '-' follows a placeholder). */
    public List<String> documentedTags(String repository) {
        FipsRepository r = repositories.get(repository);
        return r == null ? List.of() : r.documentedTags();
    }

    /**
     * True when the repository's guide writes this FIPS tag out, exactly or as the part after a
     * placeholder (the guide of {@code static} writes {@code <date>-glibc-debian13-fips}).
     */
    public boolean documentsTag(String repository, String tag) {
        FipsRepository r = repositories.get(repository);
        if (r == null) {
            return false;
        }
        for (String documented : r.documentedTags()) {
            String written = documented.startsWith("...") ? documented.substring(3) : documented;
            if (written.equals(tag) || (written.startsWith("-") && tag.endsWith(written))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The distro families the repository's guide writes FIPS tags for; a tag without a distro
     * stands for the newest Debian. Empty when the guide documents none.
     */
    public java.util.Set<dev.dhipicker.catalog.ref.DistroFamily> documentedFipsFamilies(String repository) {
        java.util.Set<dev.dhipicker.catalog.ref.DistroFamily> out = java.util.EnumSet.noneOf(
                dev.dhipicker.catalog.ref.DistroFamily.class);
        FipsRepository r = repositories.get(repository);
        if (r == null) {
            return out;
        }
        for (String documented : r.documentedTags()) {
            String written = documented.startsWith("...") ? documented.substring(3) : documented;
            // after a placeholder the guide's text starts with '-': put a version in front to parse it
            String tag = written.startsWith("-") ? "0" + written : written;
            try {
                out.add(Tag.parse(tag).impliedDistro());
            } catch (dev.dhipicker.catalog.ref.InvalidReferenceException e) {
                // a guide's odd spelling: it says nothing about the distro
            }
        }
        return out;
    }
}
