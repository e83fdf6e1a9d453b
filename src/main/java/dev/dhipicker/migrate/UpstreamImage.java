package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.ImageMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an upstream image's name and tag say: the version line, the distribution family, and
 * the tag words that have no DHI equivalent.
 *
 * @param version  the version asked for ({@code 3.12}), or null for latest/lts/no tag
 * @param floating the floating word ({@code latest}, {@code lts}, {@code current}, {@code stable}) or
 *                 {@code ""} for no tag, or null when the tag names a version
 * @param distro   the distribution family
 * @param unknown  tag words that are neither a version nor a distribution nor a known variant
 * @param words    every word of the tag and of the wildcard part of the name, lower case
 */
record UpstreamImage(String version, String floating, Distro distro, List<String> unknown, List<String> words) {

    /** Upstream distribution families. */
    enum Distro {
        DEBIAN, UBUNTU, ALPINE, RHEL, DISTROLESS, WOLFI, WINDOWS;

        boolean debianLike() {
            return this == DEBIAN || this == UBUNTU || this == DISTROLESS;
        }
    }

    private static final Pattern VERSION = Pattern.compile("^v?(\\d+(?:\\.\\d+)*)");
    private static final Pattern NUMBER = Pattern.compile("v?\\d+(\\.\\d+)*");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\d+(\\.\\d+)*$");
    private static final Pattern SEPARATORS = Pattern.compile("[-_]");
    /** Debian release code names, for images whose tag names the release ({@code debian:bookworm}). */
    private static final java.util.Map<String, String> CODENAMES = java.util.Map.of("stretch", "9", "buster", "10",
            "bullseye", "11", "bookworm", "12", "trixie", "13", "forky", "14");
    private static final Set<String> FLOATING = Set.of("latest", "lts", "current", "stable", "mainline");
    private static final Set<String> DEBIAN = Set.of("slim", "bookworm", "bullseye", "buster", "stretch", "trixie",
            "debian", "debian11", "debian12", "debian13", "glibc");
    private static final Set<String> UBUNTU = Set.of("ubuntu", "jammy", "focal", "noble", "bionic", "xenial",
            "chiseled", "chiseled-extra");
    private static final Set<String> RHEL = Set.of("fedora", "ubi", "ubi8", "ubi9", "centos", "centos7", "rockylinux",
            "oraclelinux", "oracle", "amazonlinux", "al2", "al2023", "rhel", "ol8", "ol9");
    private static final Set<String> WINDOWS = Set.of("windowsservercore", "nanoserver", "ltsc2019", "ltsc2022", "ltsc2025");
    /** Variant words whose meaning the DHI pick keeps (build or runtime image, JDK/JRE, FPM). */
    private static final Set<String> KNOWN = Set.of("jre", "jdk", "sdk", "fpm", "cli", "runtime", "dev", "extra",
            "temurin", "eclipse", "amazoncorretto", "corretto", "openjdk", "alpine", "python3", "nodejs", "java",
            "base", "nossl", "static", "cc", "debug", "nonroot", "minimal", "headless", "dind");

    /** Reads the tag (null when absent) in the light of the mapping entry that matched. */
    static UpstreamImage read(String tag, ImageMap.Match match) {
        ImageMapping m = match.mapping();
        String t = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        String version = null;
        String floating = null;
        if (m.line() != null) {
            version = m.line(); // the image ships one line that neither its name nor its tag says
        } else if (m.version() == ImageMapping.VersionSource.NAME) {
            Matcher v = VERSION.matcher(match.rest().replaceFirst("^-", ""));
            version = v.find() ? v.group(1) : null;
        } else if (m.version() == ImageMapping.VersionSource.TAG) {
            if (m.versionPattern() != null) {
                Matcher v = Pattern.compile(m.versionPattern()).matcher(t);
                version = v.find() ? v.group(1) : null;
            } else {
                Matcher v = VERSION.matcher(t);
                version = v.find() ? v.group(1) : null;
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(t + "-" + match.rest())) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (version == null && m.line() == null && m.version() == ImageMapping.VersionSource.TAG
                && m.versionPattern() == null) {
            version = words.stream().map(CODENAMES::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (version == null && m.line() == null && m.version() != ImageMapping.VersionSource.NONE) {
            floating = t.isEmpty() ? "" : words.stream().filter(FLOATING::contains).findFirst().orElse(t);
        }
        Distro distro = fixed(m.distro());
        List<String> unknown = new ArrayList<>();
        for (String w : words) {
            String base = TRAILING_NUMBER.matcher(w).replaceFirst("");
            if (NUMBER.matcher(w).matches() || FLOATING.contains(w)) {
                continue;
            }
            if (base.equals("alpine") || w.equals("alpine")) {
                distro = Distro.ALPINE;
            } else if (DEBIAN.contains(w) || DEBIAN.contains(base)) {
                distro = distro == null || distro == Distro.DEBIAN ? Distro.DEBIAN : distro;
            } else if (UBUNTU.contains(w) || UBUNTU.contains(base)) {
                distro = Distro.UBUNTU;
            } else if (RHEL.contains(w) || RHEL.contains(base)) {
                distro = Distro.RHEL;
            } else if (WINDOWS.contains(w) || WINDOWS.contains(base)) {
                distro = Distro.WINDOWS;
            } else if (!KNOWN.contains(w) && !KNOWN.contains(base) && !Character.isDigit(w.charAt(0))) {
                unknown.add(w);
            }
        }
        if (m.versionPattern() != null) {
            unknown.clear(); // the pattern reads tags full of tool words (maven:3.9-eclipse-temurin-17)
        }
        return new UpstreamImage(version, floating, distro == null ? Distro.DEBIAN : distro, List.copyOf(unknown),
                List.copyOf(words));
    }

    private static Distro fixed(String id) {
        if (id == null) {
            return null;
        }
        return Distro.valueOf(id.toUpperCase(Locale.ROOT));
    }
}
