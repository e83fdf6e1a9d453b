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
 */
public record Recommendation(Answers answers, WorkloadProfile profile, ImageChoice runtime, ImageChoice build,
                             ChartChoice helmChart, List<Unmet> unmet, List<Alternative> alternatives,
                             List<ExplanationItem> explanations, List<Message> warnings) {
    public Recommendation {
        unmet = List.copyOf(unmet);
        alternatives = List.copyOf(alternatives);
        explanations = List.copyOf(explanations);
        warnings = List.copyOf(warnings);
    }

    /** True for an application image run as it is (no build stage). */
    public boolean application() {
        return profile == null;
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
