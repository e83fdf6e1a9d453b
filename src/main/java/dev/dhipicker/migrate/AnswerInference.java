package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommender;
import dev.dhipicker.recommend.SizePriority;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The wizard answers a Dockerfile lets us infer, read from the image of its final stage as the
 * migration maps it: the workload the mapping names, the version line when the engine publishes
 * it and still supports it, the C library of the distro family (Alpine: musl is acceptable;
 * Debian, Ubuntu, distroless and the RPM distros: glibc) and the size priority (a {@code slim} or
 * Alpine image: smallest). It computes no recommendation: the engine does that from the answers.
 */
public final class AnswerInference {

    /**
     * What was inferred; a null field was not.
     *
     * @param image    the final stage's image as resolved (build arguments substituted), or null
     * @param workload a profile id or catalog repository, or null when the image has no DHI counterpart
     * @param version  a version line of the engine, or null (the engine's default)
     * @param libc     the C library answer, or null
     * @param size     the size answer, or null
     */
    public record Inferred(String image, String workload, String version, LibcNeed libc, SizePriority size) {
        /** Nothing inferred. */
        static Inferred none(String image) {
            return new Inferred(image, null, null, null, null);
        }

        /** True when at least the workload was inferred (the other answers only mean something with it). */
        public boolean any() {
            return workload != null;
        }
    }

    private final Recommender engine;
    private final ImageMap map;

    /**
     * @param engine the engine whose version lines and workloads are used
     * @param map    the image mapping the migration uses
     */
    public AnswerInference(Recommender engine, ImageMap map) {
        this.engine = engine;
        this.map = map;
    }

    /**
     * Infers the answers from a parsed Dockerfile.
     *
     * @throws DockerfileSyntaxException when the stages cannot be read
     */
    public Inferred infer(Dockerfile d) throws DockerfileSyntaxException {
        List<Stage> stages = StageReader.read(d).stages();
        String image = finalImage(stages);
        if (image == null || image.equalsIgnoreCase("scratch")) {
            return Inferred.none(image);
        }
        ImageReference ref;
        try {
            ref = ImageReference.parse(image);
        } catch (InvalidReferenceException e) {
            return Inferred.none(image);
        }
        Optional<ImageMap.Match> match = map.lookup(ref);
        if (match.isEmpty()) {
            return Inferred.none(image);
        }
        String tag = ref.tag() == null ? null : ref.tag().format();
        UpstreamImage up = UpstreamImage.read(tag, match.get());
        if (up.distro() == UpstreamImage.Distro.WINDOWS) {
            return Inferred.none(image);
        }
        String workload = match.get().mapping().workload();
        List<Recommender.VersionLine> lines;
        try {
            lines = engine.versions(workload);
        } catch (InvalidAnswerException e) {
            return Inferred.none(image);
        }
        String version = supportedLine(lines, up.version());
        LibcNeed libc = up.distro() == UpstreamImage.Distro.ALPINE ? LibcNeed.MUSL : LibcNeed.GLIBC;
        boolean slim = tag != null && List.of(tag.toLowerCase(Locale.ROOT).split("[-_]")).contains("slim");
        SizePriority size = slim || up.distro() == UpstreamImage.Distro.ALPINE ? SizePriority.SMALLEST
                : SizePriority.BALANCED;
        return new Inferred(image, workload, version, libc, size);
    }

    /**
     * The version line a written version names among a workload's lines (newest first): the first
     * line still supported that the version matches ({@code 3.12} for {@code 3.12.4}); null when the
     * version is null or no supported line matches, which leaves the engine's default (the newest line).
     */
    public static String supportedLine(List<Recommender.VersionLine> lines, String version) {
        if (version == null) {
            return null;
        }
        return lines.stream().filter(l -> !l.endOfLife() && ImageChooser.matches(l.line(), version))
                .map(Recommender.VersionLine::line).findFirst().orElse(null);
    }

    /** The resolved image of the final stage, following {@code FROM <earlier stage>}; null when unresolved. */
    private static String finalImage(List<Stage> stages) {
        Stage s = stages.get(stages.size() - 1);
        for (int guard = 0; guard <= stages.size(); guard++) {
            String image = s.resolved();
            if (image == null) {
                return null;
            }
            Stage base = null;
            for (Stage earlier : stages) {
                if (earlier.index() < s.index() && earlier.name() != null && earlier.name().equalsIgnoreCase(image)) {
                    base = earlier; // the last stage of that name before this one
                }
            }
            if (base == null) {
                return image;
            }
            s = base;
        }
        return null;
    }
}
