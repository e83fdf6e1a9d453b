package dev.dhipicker.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * What DHI Picker can say about one tag, reference or {@code FROM} line. Fields that do not apply
 * are null. See {@link TagExplainer}.
 *
 * @param input          the text as given
 * @param valid          whether it parsed
 * @param error          why it did not parse, or null
 * @param repository     DHI repository name, or the repository path for a non-DHI name
 * @param registry       registry host, or null
 * @param mirrored       true for {@code <org>/dhi-<repo>}
 * @param tag            the tag, or null
 * @param digest         the digest, or null
 * @param version        the version the tag names
 * @param distro         {@code debian} or {@code alpine}
 * @param distroVersion  {@code 13}, {@code 3.22}; null when floating
 * @param floating       true when the tag does not pin a distro version
 * @param libc           {@code glibc}, {@code musl} or {@code none}
 * @param variant        {@code runtime} or {@code dev}
 * @param flavors        flavors named by the tag
 * @param fips           true for a FIPS tag
 * @param known          true when the tag is in the loaded catalog
 * @param fipsDocumented true when the repository's guide writes this FIPS tag out
 * @param resolvesTo     the most precise reference of the definition the tag points at
 * @param eol            end-of-life date from the catalog
 * @param user           run-as user from the catalog
 * @param uid            run-as uid from the catalog
 * @param shell          whether the image has a shell (from its packages)
 * @param packageManager whether the image has a package manager (from its packages)
 * @param counterpart    the matching dev or runtime tag
 */
public record TagFacts(String input, boolean valid, String error, String repository, String registry,
                       Boolean mirrored, String tag, String digest, String version, String distro,
                       String distroVersion, Boolean floating, String libc, String variant, List<String> flavors,
                       Boolean fips, Boolean known, Boolean fipsDocumented, String resolvesTo, LocalDate eol,
                       String user, Integer uid, Boolean shell, Boolean packageManager, String counterpart) {

    /** Facts for input that does not parse. */
    public static TagFacts invalid(String input, String error) {
        return new TagFacts(input, false, error, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }
}
