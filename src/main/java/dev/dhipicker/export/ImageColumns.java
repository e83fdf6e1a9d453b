package dev.dhipicker.export;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.ImageDefinition;
import dev.dhipicker.catalog.ref.ImageReference;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Tag;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.Recommendation.ImageChoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The cells of one image column, in {@link SheetBuilder#ROWS} order. Chosen images carry their
 * facts; an alternative is a reference only, so its facts are looked up in the catalog. A
 * mirrored FIPS reference ({@code <org>/dhi-python:3.14-debian13-fips}) reads the facts of its
 * public twin without {@code -fips}; the {@code <your-org>} placeholder is not a valid reference
 * name, so it is swapped for a valid one before parsing.
 */
final class ImageColumns {
    private static final String COMPAT = "compat";

    private final Catalog catalog;
    private final Messages m;
    private final ValueLabels labels;
    private final Answers answers;

    private final ImageFacts facts;

    ImageColumns(Catalog catalog, Messages messages, Answers answers) {
        this.catalog = catalog;
        this.m = messages;
        this.facts = new ImageFacts(messages);
        this.labels = new ValueLabels(messages);
        this.answers = answers;
    }

    /** A C library as the sheet names it: a static image has "no C library", not "none". */
    private String libc(dev.dhipicker.catalog.ref.Libc libc) {
        return libc == dev.dhipicker.catalog.ref.Libc.NONE ? m.get("sheet.value.noLibc") : libc.id();
    }

    ComparisonSheet.Column chosen(String heading, ImageChoice c, String why) {
        ImageDefinition d = c.definition();
        String fips = !c.fips() ? m.get("sheet.value.no")
                : c.inferred() ? m.get("sheet.value.fips.inferred") : m.get("sheet.value.fips.yes");
        List<String> cells = List.of(
                c.reference(),
                m.get("sheet.value.distro", facts.distro(c.distro(), c.distroVersion()), facts.libc(c.libc())),
                variant(labels.variant(c.variant()), c.flavors()),
                d == null ? unknown() : yesNo(d.shell()),
                d == null ? unknown() : yesNo(d.packageManager()),
                user(c.user(), c.uid()),
                fips,
                stig(),
                compat(c.repository(), c.flavors()),
                d == null ? unknown() : platforms(d.platforms()),
                eol(c.eol()),
                why);
        return new ComparisonSheet.Column(heading, c.reference(), cells);
    }

    ComparisonSheet.Column alternative(String heading, String reference, String whyNot) {
        Optional<Tag> tag = Optional.empty();
        Optional<ImageDefinition> def = Optional.empty();
        try {
            ImageReference ref = ImageReference.parse(reference.replaceFirst("^<[^>/]*>/", "your-org/"));
            tag = Optional.ofNullable(ref.tag());
            if (ref.dhiRepository() != null && ref.tag() != null) {
                def = catalog.definitionByTag(ref.dhiRepository(), ref.tag().withFips(false).format());
            }
        } catch (InvalidReferenceException e) {
            // Not a reference the catalog can know: the row cells say so.
        }
        boolean fips = tag.map(Tag::fips).orElse(false);
        String fipsCell = fips ? m.get("sheet.value.fips.yes") : m.get("sheet.value.no");
        if (def.isEmpty()) {
            String none = m.get("sheet.value.notInCatalog");
            return new ComparisonSheet.Column(heading, reference,
                    List.of(reference, none, none, none, none, none, fipsCell, stig(), none, none, none, whyNot));
        }
        ImageDefinition d = def.get();
        List<String> cells = List.of(
                reference,
                m.get("sheet.value.distro", facts.distro(d.distro(), d.distroVersion()), facts.libc(d.libc())),
                variant(labels.variant(d.variant()), d.flavors()),
                yesNo(d.shell()),
                yesNo(d.packageManager()),
                user(d.user(), d.uid()),
                fipsCell,
                stig(),
                compat(d.repository(), d.flavors()),
                platforms(d.platforms()),
                eol(d.endOfLife()),
                whyNot);
        return new ComparisonSheet.Column(heading, reference, cells);
    }

    private String variant(String variant, List<String> flavors) {
        return flavors.isEmpty() ? m.get("sheet.value.variant.standard", variant)
                : m.get("sheet.value.variant.flavors", variant, labels.list(flavors));
    }

    private String user(String user, Integer uid) {
        return facts.user(user, uid);
    }

    /** No per-image STIG data exists: the row repeats what the engine says about the answer. */
    private String stig() {
        return answers.compliance().stig() ? m.get("sheet.value.stig.asked") : m.get("sheet.value.stig.notAsked");
    }

    private String compat(String repository, List<String> flavors) {
        if (flavors.contains(COMPAT)) {
            return m.get("sheet.value.compat.yes");
        }
        boolean offered = catalog.definitions(repository).stream().anyMatch(d -> d.hasFlavor(COMPAT));
        return offered ? m.get("sheet.value.compat.offered") : m.get("sheet.value.compat.none");
    }

    private String platforms(List<String> platforms) {
        return platforms.isEmpty() ? unknown() : labels.list(platforms);
    }

    private String eol(LocalDate eol) {
        return facts.eol(eol);
    }

    private String yesNo(boolean b) {
        return m.get(b ? "sheet.value.yes" : "sheet.value.no");
    }

    private String unknown() {
        return m.get("sheet.value.unknown");
    }
}
