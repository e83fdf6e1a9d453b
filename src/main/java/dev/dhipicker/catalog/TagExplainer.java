package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.FromLine;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Tag;

import java.util.Optional;

/**
 * Explains a tag ({@code 3.13-fips}), a reference ({@code dhi.io/python:3.13-debian13-dev},
 * {@code acme/dhi-python:3.13}) or a {@code FROM} line against the loaded catalog.
 */
public final class TagExplainer {
    private final Catalog catalog;
    private final ImageMap map;

    public TagExplainer(Catalog catalog) {
        this(catalog, new ImageMap(java.util.List.of()));
    }

    /** An explainer that also recognises upstream images through the mapping. */
    public TagExplainer(Catalog catalog, ImageMap map) {
        this.catalog = catalog;
        this.map = map;
    }

    /**
     * The facts of an input that names an image that is not a DHI: one from another registry or
     * namespace, or a short name ({@code python:3.12-slim}) whose tag the DHI repository of that
     * name does not publish while the mapping knows the upstream image. Empty for DHI references,
     * bare tags and input that does not parse.
     */
    public Optional<UpstreamFacts> upstream(String input) {
        String text = input.strip();
        ImageReference ref;
        try {
            if (FromLine.looksLikeFrom(text)) {
                ref = FromLine.parse(text).reference();
            } else if (text.indexOf(':') >= 0 || text.indexOf('/') >= 0 || text.indexOf('@') >= 0) {
                ref = ImageReference.parse(text);
            } else {
                return Optional.empty();
            }
        } catch (InvalidReferenceException e) {
            return Optional.empty();
        }
        if (ImageReference.DHI_REGISTRY.equals(ref.registry()) || ref.mirrored()
                || ref.path().startsWith(ImageReference.DHI_REGISTRY + "/")) {
            return Optional.empty();
        }
        Optional<ImageMap.Match> match = map.lookup(ref);
        boolean shortForm = ref.registry() == null && ref.dhiRepository() != null;
        if (shortForm) {
            boolean dhiTag = ref.tag() != null && catalog.definitionByTag(ref.path(), ref.tag().format()).isPresent();
            if (dhiTag || match.isEmpty()) {
                return Optional.empty(); // DHI's documented short form, or nothing known either way
            }
        }
        String counterpart = match.map(m -> ImageReference.DHI_REGISTRY + "/" + m.mapping().repository()).orElse(null);
        return Optional.of(new UpstreamFacts(input, ImageMap.upstreamName(ref), ref.registry(),
                ref.tag() == null ? null : ref.tag().format(), ref.digest(), counterpart,
                match.map(m -> m.mapping().source()).orElse(null)));
    }

    /** Explains one input; never throws for bad input (the result says why instead). */
    public TagFacts explain(String input) {
        try {
            return explainValid(input);
        } catch (InvalidReferenceException e) {
            return TagFacts.invalid(input, e.getMessage());
        }
    }

    private TagFacts explainValid(String input) throws InvalidReferenceException {
        String text = input.strip();
        if (text.isEmpty()) {
            throw new InvalidReferenceException("input is empty");
        }
        ImageReference parsedRef = null;
        Tag parsedTag;
        if (text.equalsIgnoreCase("FROM") || FromLine.looksLikeFrom(input.stripLeading())) {
            // "FROM" alone (or followed by blanks only) is a FROM line without a reference, not a tag
            if (text.equalsIgnoreCase("FROM")) {
                throw new InvalidReferenceException("FROM line has no image reference");
            }
            parsedRef = FromLine.parse(text).reference();
            parsedTag = parsedRef.tag();
        } else if (text.indexOf(':') >= 0 || text.indexOf('/') >= 0 || text.indexOf('@') >= 0) {
            parsedRef = ImageReference.parse(text);
            parsedTag = parsedRef.tag();
        } else if (isBareRepository(text)) {
            parsedRef = ImageReference.parse(text);
            parsedTag = null;
        } else {
            parsedTag = Tag.parse(text);
        }
        final ImageReference ref = parsedRef;
        final Tag tag = parsedTag;
        String repo = ref == null ? null : ref.dhiRepository() != null ? ref.dhiRepository() : ref.path();
        boolean dhiShaped = ref != null && ref.dhiRepository() != null;
        Optional<ImageDefinition> def = Optional.empty();
        if (dhiShaped && tag != null) {
            def = catalog.definitionByTag(repo, tag.format());
        }
        if (tag == null) {
            return new TagFacts(input, true, null, repo, ref.registry(), ref.mirrored(), null, ref.digest(), null,
                    null, null, null, null, null, java.util.List.of(), false, false, null, null, null, null, null,
                    null, null, null);
        }
        Boolean fipsDocumented = null;
        if (tag.fips()) {
            // Without a repository there is no guide to look in: leave it unknown.
            fipsDocumented = dhiShaped ? catalog.compliance().documentsTag(repo, tag.format()) : null;
        }
        boolean known = def.isPresent();
        if (def.isEmpty() && dhiShaped && tag.fips()) {
            // FIPS tags are not in the public catalog: their facts are those of the public twin
            def = catalog.definitionByTag(repo, tag.withFips(false).format());
        }
        if (def.isPresent()) {
            ImageDefinition d = def.get();
            Tag pinned = Tag.parse(catalog.pinnedTag(d));
            String resolves = ref.withTag(tag.fips() ? pinned.withFips(true) : pinned).format();
            String counterpart = catalog.counterpart(d).map(c -> {
                Tag t = counterpartTag(tag, c);
                return ref.withTag(tag.fips() ? t.withFips(true) : t).format();
            }).orElse(null);
            // the release comes from the catalog; the tag floats when it names none and the line is on several
            boolean floating = tag.distroVersion() == null && onSeveralReleases(d);
            return new TagFacts(input, true, null, repo, ref.registry(), ref.mirrored(), tag.format(), ref.digest(),
                    tag.version() != null ? tag.version() : d.version(), d.distro().id(), d.distroVersion(),
                    floating, d.libc().id(), d.variant().id(), d.flavors(), tag.fips(), known,
                    fipsDocumented, resolves, d.endOfLife(), d.user(), d.uid(), d.shell(), d.packageManager(),
                    counterpart);
        }
        // Not in the catalog: only what the tag itself says, and no counterpart that may not exist.
        Tag other = tag.withDev(!tag.dev());
        String counterpart = ref == null ? other.format() : null;
        return new TagFacts(input, true, null, repo, ref == null ? null : ref.registry(),
                ref == null ? null : ref.mirrored(), tag.format(), ref == null ? null : ref.digest(), tag.version(),
                tag.impliedDistro().id(), tag.distroVersion(), tag.floatingDistro(), tag.impliedLibc().id(),
                tag.dev() ? Variant.DEV.id() : Variant.RUNTIME.id(), tag.flavors(), tag.fips(), false,
                fipsDocumented, null, null, null, null, null, null, counterpart);
    }

    /**
     * The counterpart's tag that reads like the input: the same tag with the other variant when it
     * exists, else its shortest tag with the same version and distro words, else its pinned tag.
     */
    private Tag counterpartTag(Tag tag, ImageDefinition c) {
        String same = tag.withFips(false).withDev(!tag.dev()).format();
        if (c.tags().contains(same)) {
            return parseQuietly(same);
        }
        Tag best = null;
        for (Tag t : catalog.parsedTags(c)) {
            if (java.util.Objects.equals(t.version(), tag.version()) && java.util.Objects.equals(t.distroVersion(), tag.distroVersion())
                    && java.util.Objects.equals(t.distroFamily(), tag.distroFamily()) && t.revision() == null
                    && (best == null || t.format().length() < best.format().length())) {
                best = t;
            }
        }
        return best != null ? best : parseQuietly(catalog.pinnedTag(c));
    }

    /** True when the definition's line, variant and flavors exist on more than one release of its distro. */
    private boolean onSeveralReleases(ImageDefinition d) {
        String line = catalog.line(d);
        for (ImageDefinition o : catalog.definitions(d.repository())) {
            if (o != d && o.variant() == d.variant() && o.distro() == d.distro() && o.flavors().equals(d.flavors())
                    && !o.distroVersion().equals(d.distroVersion()) && catalog.line(o).equals(line)) {
                return true;
            }
        }
        return false;
    }

    private static Tag parseQuietly(String t) {
        try {
            return Tag.parse(t);
        } catch (InvalidReferenceException e) {
            throw new IllegalStateException("catalog tag does not parse: " + t, e);
        }
    }

    /** A bare word names a repository when the catalog has one of that name and it does not start like a version. */
    private boolean isBareRepository(String text) {
        return catalog.repository(text).isPresent() && !Character.isDigit(text.charAt(0));
    }
}
