package dev.dhipicker.recommend;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.ChartImage;
import dev.dhipicker.catalog.ChartVersion;
import dev.dhipicker.catalog.HelmChart;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.recommend.PairFinder.Pair;

import java.util.List;
import java.util.Optional;

/**
 * With a DHI chart the runtime is exactly the image the chart pins (digest included): the newest
 * chart version, or the newest one that pins the asked version. A version no chart version pins
 * is an unmet answer, never silently replaced.
 */
final class ChartPicker {

    /**
     * The chart version chosen and the image it pins.
     *
     * @param chart         the chart
     * @param version       the chart version
     * @param image         the pinned image of the workload's repository
     * @param pinnedTag     the pinned tag
     * @param pinnedVersion the version in the pinned tag
     * @param digest        the pinned digest, or null
     * @param inCatalog     true when the catalog describes the pinned tag
     * @param result        the pair: the pinned image's definition (or, when the catalog does not
     *                      describe it, the nearest definition of the same repository and release, for its facts)
     */
    record ChartPick(HelmChart chart, ChartVersion version, ChartImage image, String pinnedTag, String pinnedVersion,
                     String digest, boolean inCatalog, LinePicker.Result result) {
    }

    private final CatalogQuery query;
    private final Catalog catalog;
    private final Target target;
    private final Answers answers;
    private final PairFinder pairs;
    private final RunLogSink unmet;

    /** Where an unmet version note goes (the run's log). */
    interface RunLogSink {
        void unmet(String answer, String key, String... params);
    }

    ChartPicker(CatalogQuery query, Target target, Answers answers, LinePicker lines, RunLogSink unmet) {
        this.query = query;
        this.catalog = query.catalog();
        this.target = target;
        this.answers = answers;
        this.pairs = lines.pairs();
        this.unmet = unmet;
    }

    ChartPick pick(HelmChart chart) {
        ChartVersion chosen = null;
        ChartImage image = null;
        for (ChartVersion v : chart.versions()) {
            ChartImage own = ownImage(v);
            if (own == null) {
                continue;
            }
            if (image == null || answers.version() == null) {
                chosen = v;
                image = own;
                if (answers.version() == null) {
                    break;
                }
            }
            if (answers.version() != null && LinePicker.matches(answers.version(), tagOf(own).version())) {
                chosen = v;
                image = own;
                break;
            }
        }
        if (image == null) {
            return null;
        }
        Tag tag = tagOf(image);
        if (answers.version() != null && !LinePicker.matches(answers.version(), tag.version())) {
            unmet.unmet("version", "unmet.chart.version", "chart", chart.ociReference(), "version", answers.version(),
                    "pinned", String.valueOf(tag.version()));
        }
        Optional<ImageDefinition> exact = catalog.definitionByTag(target.runtimeRepo(), tag.format());
        ImageDefinition facts = exact.orElseGet(() -> twin(tag));
        if (facts == null) {
            return null;
        }
        String line = exact.isPresent() ? query.line(facts) : String.valueOf(tag.version());
        ImageDefinition build = null;
        if (!target.application()) {
            build = pairs.buildFor(facts, query.line(facts)).map(PairFinder.Build::definition).orElse(null);
        }
        String ref = image.reference();
        String digest = ref.indexOf('@') > 0 ? ref.substring(ref.indexOf('@') + 1) : null;
        Pair pair = new Pair(line, facts, facts, build, false);
        return new ChartPick(chart, chosen, image, tag.format(), String.valueOf(tag.version()), digest,
                exact.isPresent(), new LinePicker.Result(pair, false, null, null));
    }

    private ChartImage ownImage(ChartVersion v) {
        for (ChartImage img : v.images()) {
            if (target.runtimeRepo().equals(Catalog.repositoryOf(img.reference()))) {
                return img;
            }
        }
        return null;
    }

    private static Tag tagOf(ChartImage img) {
        String ref = img.reference();
        int at = ref.indexOf('@');
        String noDigest = at < 0 ? ref : ref.substring(0, at);
        return RecommendationRun.parse(noDigest.substring(noDigest.lastIndexOf(':') + 1));
    }

    /**
     * The definition whose facts stand in for a pinned image the catalog does not describe: same
     * repository, flavors and distro release, the same line when there is one, else the newest.
     */
    private ImageDefinition twin(Tag pinned) {
        List<ImageDefinition> defs = query.defs(target.runtimeRepo(), CatalogQuery.Kind.RUNTIME, pinned.flavors());
        ImageDefinition best = null;
        for (String l : query.lines(defs)) {
            for (ImageDefinition d : query.ofLine(defs, l, pinned.impliedDistro())) {
                boolean sameRelease = pinned.distroVersion() == null || pinned.distroVersion().equals(d.distroVersion());
                if (!sameRelease) {
                    continue;
                }
                if (pinned.version() != null && (LinePicker.matches(l, pinned.version()))) {
                    return d;
                }
                if (best == null) {
                    best = d;
                }
            }
        }
        return best;
    }
}
