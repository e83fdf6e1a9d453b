package dev.dhipicker.catalog.ref;

/** The role of one dash-separated segment of a DHI tag. */
public enum SegmentKind {
    /** A leading word before the version, such as {@code latest}, {@code lts}, {@code pg16}, {@code trixie}. */
    NAME,
    /** A version: {@code 3}, {@code 3.13}, {@code 3.13.15}, {@code v1.36.4}, {@code 4.x} or a date such as {@code 20250419}. */
    VERSION,
    /** A package revision directly after the version, such as the {@code 0} of {@code 24.19.0-0}. */
    REVISION,
    /** A toolkit qualifier: {@code jdk}, {@code jdk21}, {@code jre}, {@code sdk}, {@code erlang28}. */
    QUALIFIER,
    /** The {@code glibc} or {@code musl} word of the {@code static} image. */
    LIBC,
    /** A distro: {@code debian13}, {@code alpine3.22}, or the floating {@code debian} / {@code alpine}. */
    DISTRO,
    /** Any other word: flavors such as {@code compat}, {@code sfw}, {@code ent}, {@code fpm}. */
    FLAVOR,
    /** The {@code fips} marker. */
    FIPS,
    /** The {@code dev} marker. */
    DEV
}
