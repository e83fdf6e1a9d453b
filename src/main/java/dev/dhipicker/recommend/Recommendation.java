package dev.dhipicker.recommend;

import dev.dhipicker.catalog.ChartImage;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.Variant;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;

import java.time.LocalDate;
import java.util.List;

/**
 * What the engine recommends for a set of answers: a runtime image, a build image where
 * something is built, the DHI chart where asked for, and why.
 *
 * @param answers      the answers it was computed from
 * @param profile      the workload profile, or null for an application image
 * @param runtime      the runtime image, or null when a hard requirement cannot be met
 * @param build        the build image, or null (application images, or no runtime)
 * @param helmChart    the DHI chart, or null
 * @param unmet        answers that are not (fully) met, with the reason
 * @param alternatives other choices, each with a one-line reason it was not picked
 * @param explanations ordered explanation items tied to the answers
 * @param warnings     things to watch out for
 * @param facts        the facts the engine decided once (workload kind, flavor, version line, cgo),
 *                     which every text, view and template reads instead of working them out again
 */
public record Recommendation(Answers answers, WorkloadProfile profile, ImageChoice runtime, ImageChoice build,
                             ChartChoice helmChart, List<Unmet> unmet, List<Alternative> alternatives,
                             List<ExplanationItem> explanations, List<Message> warnings, Facts facts) {
    public Recommendation {
        unmet = List.copyOf(unmet);
        alternatives = List.copyOf(alternatives);
        explanations = List.copyOf(explanations);
        warnings = List.copyOf(warnings);
    }

    /** True for an application image run as it is (no build stage). */
    public boolean application() {
        return facts.kind() == WorkloadKind.APPLICATION;
    }

    /** True for a language or framework image without a profile: its own dev and runtime variants. */
    public boolean framework() {
        return facts.kind() == WorkloadKind.FRAMEWORK;
    }

    /** How the workload is served. */
    public enum WorkloadKind {
        /** A language profile of {@code profiles.json}: a build repository and a runtime repository. */
        PROFILE,
        /** A language or framework image without a profile: built on its dev variant, run on its runtime variant. */
        FRAMEWORK,
        /** An application image, run as it is. */
        APPLICATION
    }

    /** Where a version line stands on the recommendation's date. */
    public enum EolStatus {
        /** Its end of life is more than 12 months away. */
        SUPPORTED,
        /** Its end of life is within 12 months. */
        ENDS_SOON,
        /** Its end of life has passed: it no longer gets updates. */
        ENDED,
        /** The catalog gives no end-of-life date. */
        UNKNOWN,
        /** A dated snapshot image (the {@code static} base) that has no support window. */
        SNAPSHOT
    }

    /**
     * The version line the recommendation is on, with its end of life, all taken from the one
     * definition that decides the version (the runtime, or the build image for Go and Rust).
     *
     * @param repository the repository whose line it is
     * @param line       the line ({@code 3.14})
     * @param version    the full version of the picked image ({@code 3.14.7})
     * @param eol        end of life, or null when the catalog gives none
     * @param status     the end-of-life status on the recommendation's date
     * @param requested  true when the line follows a version answer
     * @param allEnded   true when every line of the repository has passed its end of life
     * @param newerOnOtherDistro a newer supported line that exists only on the other distro family, or null
     */
    public record LineChoice(String repository, String line, String version, LocalDate eol, EolStatus status,
                             boolean requested, boolean allEnded, String newerOnOtherDistro) {
    }

    /**
     * Facts decided once by the engine.
     *
     * @param kind   how the workload is served
     * @param flavor the runtime flavor ({@code pg18}), or null for the standard image
     * @param line   the version line, or null when nothing could be picked
     * @param cgo    true when a Go binary is built with cgo (it then needs the C library of its runtime)
     */
    public record Facts(WorkloadKind kind, String flavor, LineChoice line, boolean cgo) {
    }

    /**
     * One recommended image.
     *
     * @param reference     full reference ({@code dhi.io/python:3.14-debian13}, {@code acme/dhi-python:3.14-debian13-fips})
     * @param repository    DHI repository name
     * @param tag           the tag
     * @param digest        digest when known (DHI chart pins), else null
     * @param distro        distro family
     * @param distroVersion distro version
     * @param libc          C library
     * @param variant       runtime or dev (an SDK image is reported as dev: it is the build image)
     * @param flavors       flavors such as {@code compat}, {@code fpm}
     * @param fips          true for a FIPS image
     * @param inferred      true when the tag is derived from the naming convention and not seen in a published list
     * @param user          run-as user
     * @param uid           run-as uid
     * @param gid           run-as gid
     * @param eol           end of life, or null when the catalog gives none
     * @param definition    the catalog definition (for a FIPS image, its public twin)
     */
    public record ImageChoice(String reference, String repository, String tag, String digest, DistroFamily distro,
                              String distroVersion, Libc libc, Variant variant, List<String> flavors, boolean fips,
                              boolean inferred, String user, Integer uid, Integer gid, LocalDate eol,
                              ImageDefinition definition) {
        public ImageChoice {
            flavors = List.copyOf(flavors);
        }

        /** The distro release as people write it ({@code Debian 13}, {@code Alpine 3.24}). */
        public String distroLabel() {
            return distroLabel(distro, distroVersion);
        }

        /** The distro release as people write it ({@code Debian 13}, {@code Alpine 3.24}). */
        public static String distroLabel(DistroFamily family, String version) {
            String name = family == DistroFamily.ALPINE ? "Alpine" : "Debian";
            return version == null || version.isEmpty() ? name : name + " " + version;
        }

        /** True when the image runs as root. */
        public boolean runsAsRoot() {
            return (uid != null && uid == 0) || "root".equals(user);
        }
    }

    /**
     * A DHI Helm chart.
     *
     * @param reference OCI reference ({@code oci://dhi.io/redis-chart})
     * @param version   chart version
     * @param images    images it pins, with digests
     */
    public record ChartChoice(String reference, String version, List<ChartImage> images) {
        public ChartChoice {
            images = List.copyOf(images);
        }
    }

    /**
     * An answer that is not met.
     *
     * @param answer  the answer's name ({@code compliance}, {@code helm}, {@code libc}, {@code version})
     * @param message why, and what was done instead
     */
    public record Unmet(String answer, Message message) {
    }

    /**
     * A choice that was not picked.
     *
     * @param reference the reference
     * @param whyNot    one-line reason
     */
    public record Alternative(String reference, Message whyNot) {
    }

    /**
     * One explanation item.
     *
     * @param topic   what it is about ({@code distro}, {@code runtime}, {@code fips} ...)
     * @param message the text
     */
    public record ExplanationItem(String topic, Message message) {
    }
}
