package dev.dhipicker.discover;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.HelmChart;
import dev.dhipicker.catalog.TagExplainer;
import dev.dhipicker.catalog.TagFacts;
import dev.dhipicker.catalog.UpstreamFacts;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.ReferenceMigration;
import dev.dhipicker.migrate.ReferenceUse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a found reference its status, its replacement and its findings, through the migration's
 * own rules ({@link Migrator#migrateReference}) and {@code explain}'s facts: no second mapping.
 */
final class Assessor {
    private final Migrator migrator;
    private final Catalog catalog;
    private final TagExplainer explainer;
    private final MigrateOptions options;

    Assessor(Migrator migrator, Catalog catalog, TagExplainer explainer, MigrateOptions options) {
        this.migrator = migrator;
        this.catalog = catalog;
        this.explainer = explainer;
        this.options = options;
    }

    /** A reference outside a Dockerfile's {@code FROM} lines. */
    DiscoveredReference assess(FoundReference f, boolean written) {
        if (f.templated()) {
            return new DiscoveredReference(f, Status.UNRESOLVED, null, false, null, null, List.of());
        }
        if (f.place() == PlaceKind.HELM_DEPENDENCY) {
            return chart(f);
        }
        ReferenceMigration m = migrate(f);
        String replacement = m.replacement();
        boolean writes = written && replacement != null && !replacement.equals(f.reference());
        return new DiscoveredReference(f, Status.of(m.status()), replacement, writes, dhiFacts(m), upstream(m),
                rebase(m.findings(), f.line()));
    }

    /** The migration of a reference by itself. */
    ReferenceMigration migrate(FoundReference f) {
        return migrator.migrateReference(f.reference(), f.build() ? ReferenceUse.BUILD : ReferenceUse.RUNTIME, options);
    }

    TagFacts dhiFacts(ReferenceMigration m) {
        return m.status() == dev.dhipicker.migrate.ReferenceStatus.ALREADY_DHI ? explainer.explain(m.original().strip())
                : null;
    }

    UpstreamFacts upstream(ReferenceMigration m) {
        return m.status() == dev.dhipicker.migrate.ReferenceStatus.INVALID
                || m.status() == dev.dhipicker.migrate.ReferenceStatus.ALREADY_DHI ? null
                : explainer.upstream(m.original().strip()).orElse(null);
    }

    /** A chart dependency: the DHI chart of the same name (or the one that deploys that image), if any. */
    private DiscoveredReference chart(FoundReference f) {
        String name = f.reference().contains(":") ? f.reference().substring(0, f.reference().indexOf(':'))
                : f.reference();
        Optional<HelmChart> chart = Optional.ofNullable(catalog.charts().get(name));
        if (chart.isEmpty()) {
            chart = catalog.ownChart(name);
        }
        return new DiscoveredReference(f, chart.isPresent() ? Status.COUNTERPART : Status.NO_COUNTERPART,
                chart.map(HelmChart::ociReference).orElse(null), false, null, null, List.of());
    }

    /** Findings of a bare reference (line 0) put on the reference's line. */
    static List<Finding> rebase(List<Finding> findings, int line) {
        List<Finding> out = new ArrayList<>();
        for (Finding x : findings) {
            out.add(x.line() == 0 ? new Finding(line, x.severity(), x.rule(), x.args(), x.source()) : x);
        }
        return out;
    }
}
