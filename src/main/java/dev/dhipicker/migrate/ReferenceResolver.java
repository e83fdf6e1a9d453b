package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.catalog.ImageMapping;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;

import java.util.List;
import java.util.Optional;

/**
 * The one rule set that turns an image reference into its DHI replacement, for {@code FROM}
 * lines, {@code COPY --from} and {@code --mount from=} sources and bare references alike: parse
 * it, recognise DHI references, look the image up in the mapping, and ask the engine through the
 * chooser. Findings about the reference itself (invalid, no counterpart, Windows, digest, tag
 * words, version) are added here; what the use of the image implies is the caller's.
 */
final class ReferenceResolver {

    /**
     * What a reference resolved to.
     *
     * @param status what became of it
     * @param ref    the parsed reference, or null when invalid
     * @param match  the mapping entry, or null when none
     * @param up     what its tag says, or null when the mapping does not know it
     * @param choice the engine's answer, or null when there is none
     */
    record Resolved(ReferenceStatus status, ImageReference ref, ImageMap.Match match, UpstreamImage up,
                    ImageChooser.Choice choice) {

        /**
         * The replacement for a use of the image: the build image for a build use or a build-only
         * image, else the runtime image; with the findings {@link #buildImage} and {@link #runtimeImage} add.
         */
        String replacement(ReferenceUse use, String image, int line, List<Finding> findings) {
            if (choice == null) {
                return null;
            }
            return use == ReferenceUse.BUILD || match.mapping().buildOnly()
                    ? buildImage(image, match.mapping(), choice, line, findings)
                    : runtimeImage(match.mapping(), up, choice, line, findings);
        }
    }

    private final ImageMap map;
    private final ImageChooser chooser;

    ReferenceResolver(ImageMap map, ImageChooser chooser) {
        this.map = map;
        this.chooser = chooser;
    }

    /** Resolves one reference as written on {@code line} (0 for a bare reference). */
    Resolved resolve(String image, int line, List<Finding> findings) {
        ImageReference ref;
        try {
            ref = ImageReference.parse(image);
        } catch (InvalidReferenceException e) {
            findings.add(new Finding(line, Severity.ERROR, "invalid-reference", List.of(image, e.getMessage()),
                    Sources.REF));
            return new Resolved(ReferenceStatus.INVALID, null, null, null, null);
        }
        if (ImageReference.DHI_REGISTRY.equals(ref.registry()) || ref.mirrored()) {
            return new Resolved(ReferenceStatus.ALREADY_DHI, ref, null, null, null);
        }
        Optional<ImageMap.Match> match = map.lookup(ref);
        UpstreamImage up = match.map(m -> UpstreamImage.read(ref.tag() == null ? null : ref.tag().format(), m))
                .orElse(null);
        if (up != null && up.distro() == UpstreamImage.Distro.WINDOWS || up == null && windowsName(ref)) {
            findings.add(new Finding(line, Severity.WARNING, "windows-image", List.of(image), Sources.AVAILABLE));
            return new Resolved(ReferenceStatus.NO_COUNTERPART, ref, match.orElse(null), up, null);
        }
        if (match.isEmpty()) {
            List<String> others = map.otherTagsRepositories(ref);
            if (!others.isEmpty()) {
                // louislam/uptime-kuma:base2 is the project's own base image, not the application
                findings.add(new Finding(line, Severity.WARNING, "tag-not-mapped",
                        List.of(image, String.join(", ", others)), Sources.AVAILABLE));
                return new Resolved(ReferenceStatus.NO_COUNTERPART, ref, null, null, null);
            }
            findings.add(new Finding(line, Severity.WARNING, "no-dhi-counterpart", List.of(image), Sources.AVAILABLE));
            return new Resolved(ReferenceStatus.NO_COUNTERPART, ref, null, null, null);
        }
        int before = findings.size();
        Optional<ImageChooser.Choice> choice = chooser.choose(match.get().mapping(), up, line, findings);
        if (choice.isEmpty()) {
            findings.add(new Finding(line, Severity.WARNING, "no-dhi-counterpart", List.of(image), Sources.AVAILABLE));
            return new Resolved(ReferenceStatus.NO_COUNTERPART, ref, match.get(), up, null);
        }
        boolean ended = findings.subList(before, findings.size()).stream().anyMatch(f -> f.rule().equals("version-eol"));
        noteImage(ref, up, line, findings);
        if (match.get().mapping().nearest()) {
            findings.add(new Finding(line, Severity.WARNING, "nearest-repository",
                    List.of(image, match.get().mapping().repository()), Sources.AVAILABLE));
        }
        return new Resolved(ended ? ReferenceStatus.LINE_ENDED : ReferenceStatus.COUNTERPART, ref, match.get(), up,
                choice.get());
    }

    /** The build image for a stage or use that needs a shell, with a finding when it is not the repository's dev variant. */
    static String buildImage(String image, ImageMapping m, ImageChooser.Choice c, int line, List<Finding> findings) {
        if (c.build() == null) {
            findings.add(new Finding(line, Severity.WARNING, "no-build-image", List.of(image, m.repository()),
                    Sources.AVAILABLE));
        } else if (c.buildSdk() && m.kind() != ImageMapping.Kind.SDK) {
            findings.add(new Finding(line, Severity.INFO, "sdk-for-shell", List.of(m.repository(), c.build()),
                    Sources.AVAILABLE));
        }
        return c.build();
    }

    /** The runtime image for a stage or use, with a finding when a JDK becomes a JRE. */
    static String runtimeImage(ImageMapping m, UpstreamImage up, ImageChooser.Choice c, int line,
                               List<Finding> findings) {
        if (m.kind() == ImageMapping.Kind.JDK && !up.words().contains("jre") && c.buildJdk()) {
            findings.add(new Finding(line, Severity.INFO, "jdk-runtime", List.of(c.runtime(), c.build()),
                    Sources.AVAILABLE));
        }
        return c.runtime();
    }

    /** Findings about what the upstream reference names that the DHI reference cannot carry. */
    private static void noteImage(ImageReference ref, UpstreamImage up, int line, List<Finding> findings) {
        if (ref.digest() != null) {
            findings.add(new Finding(line, Severity.WARNING, "digest-dropped", List.of(ref.digest()), Sources.PIN_DIGEST));
        }
        if (!up.unknown().isEmpty()) {
            findings.add(new Finding(line, Severity.INFO, "tag-not-published",
                    List.of(String.join("-", up.unknown())), Sources.AVAILABLE));
        }
        if (up.version() == null && up.floating() != null) {
            findings.add(new Finding(line, Severity.INFO, "default-version",
                    List.of(up.floating().isEmpty() ? "-" : up.floating()), Sources.AVAILABLE));
        }
    }

    /** Microsoft's Windows base images, which the mapping does not list. */
    private static boolean windowsName(ImageReference ref) {
        String name = ImageMap.upstreamName(ref);
        String tag = ref.tag() == null ? "" : ref.tag().format().toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("mcr.microsoft.com/windows") || name.equals("microsoft/windowsservercore")
                || name.equals("microsoft/nanoserver") || tag.contains("nanoserver")
                || tag.contains("windowsservercore") || tag.matches(".*\\bltsc20\\d\\d\\b.*");
    }
}
