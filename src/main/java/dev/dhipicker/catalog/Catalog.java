package dev.dhipicker.catalog;

import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loaded DHI catalog with the indexes every later step uses: repositories by name,
 * definitions by repository and by tag, charts by name and by the repositories they pin.
 * Immutable once built.
 */
public final class Catalog {

    private final CatalogInfo info;
    private final ComplianceFacts compliance;
    private final Map<String, Repository> repositories;
    private final Map<String, List<ImageDefinition>> definitionsByRepo;
    /** Tags by repository: built for all at once, or on first use for a trusted catalog. */
    private final Map<String, TagIndex> tagIndexes;
    private final Map<String, HelmChart> charts;
    private final Map<String, List<HelmChart>> chartsByImage;
    private final int definitionCount;
    /** Version lines per repository, worked out on first use (most runs touch a few repositories). */
    private final Map<String, VersionLines> lines = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Builds the indexes.
     *
     * @throws IllegalArgumentException on a duplicate repository, a definition of an unknown
     *                                  repository, a tag used twice in one repository, or a tag
     *                                  that is not valid (the loader reports these with locations first)
     */
    public Catalog(CatalogInfo info, List<Repository> repositories, List<ImageDefinition> definitions,
                   List<HelmChart> charts, ComplianceFacts compliance) {
        this(info, repositories, definitions, charts, compliance, Map.of(), false);
    }

    /**
     * As above, reusing tags the loader has already parsed (by definition identity, in catalog
     * order) instead of parsing every tag a second time.
     */
    Catalog(CatalogInfo info, List<Repository> repositories, List<ImageDefinition> definitions,
            List<HelmChart> charts, ComplianceFacts compliance, Map<ImageDefinition, Tag[]> alreadyParsed) {
        this(info, repositories, definitions, charts, compliance, alreadyParsed, false);
    }

    /**
     * @param trusted true for data that the validating loader has already checked (the compact
     *                copy made at build time): each repository's tags are then indexed and parsed
     *                when that repository is first asked about, which a command or the first page
     *                rarely needs for more than a few repositories
     */
    Catalog(CatalogInfo info, List<Repository> repositories, List<ImageDefinition> definitions,
            List<HelmChart> charts, ComplianceFacts compliance, Map<ImageDefinition, Tag[]> alreadyParsed,
            boolean trusted) {
        this.info = info;
        this.compliance = compliance;
        Map<String, Repository> repos = new TreeMap<>();
        for (Repository r : repositories) {
            if (repos.put(r.name(), r) != null) {
                throw new IllegalArgumentException("duplicate repository " + r.name());
            }
        }
        this.repositories = Collections.unmodifiableMap(repos);
        Map<String, List<ImageDefinition>> defs = new HashMap<>();
        for (ImageDefinition d : definitions) {
            if (!repos.containsKey(d.repository())) {
                throw new IllegalArgumentException("definition " + d.file() + " names unknown repository " + d.repository());
            }
            defs.computeIfAbsent(d.repository(), k -> new ArrayList<>()).add(d);
        }
        defs.replaceAll((k, v) -> List.copyOf(v));
        this.definitionsByRepo = defs;
        if (trusted) {
            this.tagIndexes = new ConcurrentHashMap<>();
        } else {
            Map<String, TagIndex> all = new HashMap<>();
            for (Map.Entry<String, List<ImageDefinition>> e : defs.entrySet()) {
                all.put(e.getKey(), new TagIndex(e.getValue(), alreadyParsed));
            }
            this.tagIndexes = all;
        }
        this.definitionCount = definitions.size();
        Map<String, HelmChart> ch = new TreeMap<>();
        Map<String, List<HelmChart>> byImage = new HashMap<>();
        for (HelmChart c : charts) {
            ch.put(c.name(), c);
            ChartVersion latest = c.latest();
            if (latest == null) {
                continue;
            }
            for (ChartImage img : latest.images()) {
                String repo = repositoryOfChartImage(img.reference());
                if (repo != null) {
                    List<HelmChart> l = byImage.computeIfAbsent(repo, k -> new ArrayList<>());
                    // by identity: a record's equals walks every field and is costly in a fresh JVM
                    if (l.isEmpty() || l.get(l.size() - 1) != c) {
                        l.add(c);
                    }
                }
            }
        }
        this.charts = Collections.unmodifiableMap(ch);
        byImage.replaceAll((k, v) -> List.copyOf(v));
        this.chartsByImage = byImage;
    }

    /** The tag index of a repository (null for an unknown one), built on first use when trusted. */
    private TagIndex tagIndex(String repository) {
        TagIndex t = tagIndexes.get(repository);
        if (t == null && tagIndexes instanceof ConcurrentHashMap<String, TagIndex> lazy) {
            List<ImageDefinition> defs = definitionsByRepo.get(repository);
            if (defs != null) {
                t = lazy.computeIfAbsent(repository, k -> new TagIndex(defs, Map.of()));
            }
        }
        return t;
    }

    /** One repository's definitions by tag and parsed tags (by definition identity). */
    private static final class TagIndex {
        final Map<String, ImageDefinition> byTag = new HashMap<>();
        // identity: a definition record's hashCode walks all its fields, and this is read per click
        final Map<ImageDefinition, Tag[]> parsed = new IdentityHashMap<>();

        TagIndex(List<ImageDefinition> definitions, Map<ImageDefinition, Tag[]> alreadyParsed) {
            for (ImageDefinition d : definitions) {
                Tag[] known = alreadyParsed.isEmpty() ? null : alreadyParsed.get(d);
                Tag[] p = new Tag[d.tags().size()];
                for (int i = 0; i < p.length; i++) {
                    String tag = d.tags().get(i);
                    ImageDefinition prev = byTag.put(tag, d);
                    if (prev != null) {
                        throw new IllegalArgumentException("tag " + d.repository() + ":" + tag + " is used by "
                                + prev.file() + " and " + d.file());
                    }
                    if (known != null && known.length == p.length && known[i].format().equals(tag)) {
                        p[i] = known[i];
                        continue;
                    }
                    try {
                        p[i] = Tag.parse(tag);
                    } catch (InvalidReferenceException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                }
                parsed.put(d, p);
            }
        }
    }

    private static String repositoryOfChartImage(String reference) {
        int colon = reference.indexOf(':');
        String name = colon < 0 ? reference : reference.substring(0, colon);
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /** Where this catalog came from. */
    public CatalogInfo info() {
        return info;
    }

    /** FIPS/STIG facts. */
    public ComplianceFacts compliance() {
        return compliance;
    }

    /** All repositories, sorted by name. */
    public List<Repository> repositories() {
        return List.copyOf(repositories.values());
    }

    /** A repository by name. */
    public Optional<Repository> repository(String name) {
        return Optional.ofNullable(repositories.get(name));
    }

    /** Number of image definitions. */
    public int definitionCount() {
        return definitionCount;
    }

    /** The definitions of a repository (empty for an unknown one). */
    public List<ImageDefinition> definitions(String repository) {
        return definitionsByRepo.getOrDefault(repository, List.of());
    }

    /** The definition a tag of a repository points at. */
    public Optional<ImageDefinition> definitionByTag(String repository, String tag) {
        TagIndex t = tagIndex(repository);
        return t == null ? Optional.empty() : Optional.ofNullable(t.byTag.get(tag));
    }

    private Tag[] parsed(ImageDefinition d) {
        TagIndex t = tagIndex(d.repository());
        return t == null ? null : t.parsed.get(d);
    }

    /** The parsed tags of a definition, in catalog order. */
    public List<Tag> parsedTags(ImageDefinition d) {
        Tag[] p = parsed(d);
        return p == null ? List.of() : List.of(p);
    }

    private static final Comparator<Tag> PINNING = Comparator
            .comparing((Tag t) -> t.distroVersion() != null)
            .thenComparingInt(Tag::versionPrecision)
            .thenComparing(t -> t.revision() == null)
            .thenComparing(t -> -t.format().length());

    /**
     * The tag that pins a definition most precisely: an explicit distro version, the most precise
     * version, no package revision; ties go to the shorter tag.
     */
    public String pinnedTag(ImageDefinition d) {
        Tag[] p = parsed(d);
        if (p == null || p.length == 0) {
            return null;
        }
        Tag best = p[0];
        for (Tag t : p) {
            if (PINNING.compare(t, best) > 0) {
                best = t;
            }
        }
        return best.format();
    }

    /**
     * The matching definition of the other variant (dev for runtime and back): same repository,
     * distro, distro version, version and flavors.
     */
    public Optional<ImageDefinition> counterpart(ImageDefinition d) {
        ImageDefinition any = null;
        for (ImageDefinition o : definitions(d.repository())) {
            if (o.variant() != d.variant() && o.distro() == d.distro()
                    && o.distroVersion().equals(d.distroVersion()) && o.version().equals(d.version())
                    && o.flavors().equals(d.flavors())) {
                // the one with the same qualifiers (jre with jre, jdk with jdk) first
                if (qualifiers(o).equals(qualifiers(d))) {
                    return Optional.of(o);
                }
                if (any == null) {
                    any = o;
                }
            }
        }
        return Optional.ofNullable(any);
    }

    private java.util.Set<String> qualifiers(ImageDefinition d) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Tag t : parsedTags(d)) {
            out.addAll(t.qualifiers());
        }
        return out;
    }


    private VersionLines linesOf(String repository) {
        return lines.computeIfAbsent(repository, r -> {
            List<ImageDefinition> defs = definitions(r);
            Map<ImageDefinition, List<Tag>> tags = new IdentityHashMap<>();
            for (ImageDefinition d : defs) {
                tags.put(d, parsedTags(d));
            }
            return new VersionLines(defs, tags);
        });
    }

    /**
     * The version line of a definition ({@code 3.14}, {@code 24}, {@code 4.3}), worked out from
     * the versions in its repository's tags.
     */
    public String line(ImageDefinition d) {
        String line = linesOf(d.repository()).line(d);
        return line != null ? line : d.version();
    }

    /**
     * True when the definition is a patch leftover: a patch-pinned release kept next to a newer
     * definition of the same line (kafka {@code 4.3.0} beside {@code 4.3} = 4.3.1). It is offered
     * as a patch-pinned alternative, never picked.
     */
    public boolean patchLeftover(ImageDefinition d) {
        return linesOf(d.repository()).leftover(d);
    }

    /** All Helm charts, by name. */
    public Map<String, HelmChart> charts() {
        return charts;
    }

    /** DHI charts whose newest version pins an image of this repository. */
    public List<HelmChart> chartsPinning(String repository) {
        return chartsByImage.getOrDefault(repository, List.of());
    }

    /**
     * The DHI chart that belongs to a repository: the chart of the same name, or, when no chart
     * has that name, the chart whose newest version lists this repository's image first (the
     * {@code grafana-tempo} chart deploys {@code tempo}). A chart that merely embeds the image as
     * a helper (etcd inside another project's chart) does not count. Only a chart that pins the
     * repository's image in some version is returned.
     */
    public Optional<HelmChart> ownChart(String repository) {
        HelmChart named = charts.get(repository);
        if (named != null) {
            return pinsRepository(named, repository) ? Optional.of(named) : Optional.empty();
        }
        for (HelmChart c : charts.values()) {
            ChartVersion latest = c.latest();
            if (repositories.containsKey(c.name()) || latest == null || latest.images().isEmpty()) {
                continue;
            }
            if (repository.equals(repositoryOfChartImage(latest.images().get(0).reference()))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static boolean pinsRepository(HelmChart chart, String repository) {
        for (ChartVersion v : chart.versions()) {
            for (ChartImage img : v.images()) {
                if (repository.equals(repositoryOfChartImage(img.reference()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The repository name of a chart image reference ({@code dhi.io/redis:8.10.1@sha256:...} is {@code redis}). */
    public static String repositoryOf(String reference) {
        return repositoryOfChartImage(reference);
    }
}
