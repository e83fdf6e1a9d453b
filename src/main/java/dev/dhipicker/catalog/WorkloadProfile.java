package dev.dhipicker.catalog;

import java.util.List;
import java.util.Map;

/**
 * A language or site workload: which repository builds it, which runs it, and what to tell the
 * user about it. Loaded from {@code catalog-data/profiles.json}.
 *
 * @param id                 answer value ({@code python}, {@code go})
 * @param displayName        name shown to users (English)
 * @param displayNames       the name in other languages, by language tag ({@code zh-CN})
 * @param buildRepository    repository of the build image
 * @param buildKind          {@link BuildKind#DEV} ({@code -dev} tags) or {@link BuildKind#SDK} ({@code -sdk} tags)
 * @param runtimeRepository  repository of the runtime image
 * @param runtimeMode        how the runtime definition is chosen
 * @param runtimeFlavor      flavor the runtime must have ({@code fpm}), or null for the standard image
 * @param versionFromBuild   true when the user's version picks the build repository's line (Go, Rust)
 * @param link               how the build version follows the runtime version
 * @param notes              explanation keys shown with every recommendation of this profile
 * @param muslPitfalls       explanation keys warned about on Alpine
 * @param fipsPitfalls       explanation keys warned about with FIPS
 * @param port               the port the workload usually listens on, or null
 * @param source             documentation page the profile follows
 */
public record WorkloadProfile(String id, String displayName, Map<String, String> displayNames, String buildRepository, BuildKind buildKind,
                              String runtimeRepository, RuntimeMode runtimeMode, String runtimeFlavor,
                              boolean versionFromBuild, VersionLink link, List<String> notes,
                              List<String> muslPitfalls, List<String> fipsPitfalls, Integer port, String source) {

    /** Which tags make the build image. */
    public enum BuildKind { DEV, SDK }

    /** How the runtime definition is chosen. */
    public enum RuntimeMode {
        /** The runtime repository's own image of the chosen version. */
        IMAGE,
        /** The {@code static} image, picked by libc for a Go binary (no libc with CGO_ENABLED=0, glibc with cgo). */
        STATIC_GO,
        /** The {@code static} image, picked by libc for a Rust binary (glibc variant for gnu targets). */
        STATIC_RUST
    }

    /** How the build image's version follows the chosen version. */
    public enum VersionLink {
        /** Same repository, same version line (python dev and python runtime). */
        SAME,
        /** Maven's {@code jdkNN} qualifier equals the Temurin JRE major version. */
        JDK,
        /** The SDK's major version equals the runtime's major version (.NET). */
        MAJOR,
        /**
         * The build repository's flavor names the runtime's version line: the {@code composer}
         * image flavored {@code php8.5} builds for the {@code php} 8.5 runtime.
         */
        PHP_FLAVOR,
        /** Unrelated versions (Go on static, Node building a site served by nginx). */
        INDEPENDENT
    }

    public WorkloadProfile {
        displayNames = Map.copyOf(displayNames);
        notes = List.copyOf(notes);
        muslPitfalls = List.copyOf(muslPitfalls);
        fipsPitfalls = List.copyOf(fipsPitfalls);
    }

    /** The name shown in a language ({@code en}, {@code zh-CN}); English when the language has none. */
    public String displayName(String language) {
        return displayNames.getOrDefault(language, displayName);
    }
}
