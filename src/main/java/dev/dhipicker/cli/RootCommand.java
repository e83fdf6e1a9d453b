package dev.dhipicker.cli;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.dhipicker.catalog.TextCatalog;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/** {@code dhi-picker}: the top-level command; its subcommands do the work. */
@Command(name = "dhi-picker", mixinStandardHelpOptions = true, version = "dhi-picker 0.1.0",
        description = "Choose a Docker Hardened Image: browse the bundled catalog, explain tags, recommend images.",
        subcommands = {CatalogCommand.class, ExplainCommand.class, RecommendCommand.class, SheetCommand.class,
                ImportCatalogCommand.class},
        footer = {"", "Run 'java -jar dhi-picker.jar' without a command to open the desktop wizard (when available)."})
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Load this catalog file instead of the bundled one.")
    Path catalogFile;

    private Catalog catalog;
    private WorkloadProfiles profiles;
    private TextCatalog texts;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The workload profiles (bundled), checked against the catalog in use. */
    WorkloadProfiles profiles() {
        if (profiles == null) {
            try {
                profiles = new CatalogLoader().loadProfiles(catalog());
            } catch (CatalogException e) {
                throw new UserException("workload profiles rejected: " + e.getMessage());
            }
        }
        return profiles;
    }

    /** Explanation texts in the interface language. */
    TextCatalog texts() {
        if (texts == null) {
            try {
                texts = new CatalogLoader().loadTexts("en");
            } catch (CatalogException e) {
                throw new UserException("explanation texts rejected: " + e.getMessage());
            }
        }
        return texts;
    }

    /** Interface strings; English, like the explanation texts the CLI loads. */
    Messages messages() {
        return Messages.english();
    }

    /** Runs the engine for the answers given as options; invalid answers are usage errors. */
    Recommendation recommend(RecommendOptions options) {
        Clock clock = options.today == null ? Clock.systemDefaultZone()
                : Clock.fixed(options.today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try {
            return new Recommender(catalog(), profiles(), clock).recommend(options.answers());
        } catch (InvalidAnswerException e) {
            throw RecommendCommand.invalid(e);
        }
    }

    /** The catalog chosen by {@code --catalog}, or the bundled one; loaded once. */
    Catalog catalog() {
        if (catalog == null) {
            try {
                CatalogLoader loader = new CatalogLoader();
                catalog = catalogFile == null ? loader.loadBundled() : loader.load(catalogFile);
            } catch (CatalogException e) {
                throw new UserException("catalog rejected: " + e.getMessage());
            }
        }
        return catalog;
    }
}
