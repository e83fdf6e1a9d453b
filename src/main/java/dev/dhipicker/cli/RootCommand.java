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

import dev.dhipicker.i18n.Messages;

import java.nio.file.Path;
import java.util.Locale;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/** {@code dhi-picker}: the top-level command; its subcommands do the work. */
@Command(name = "dhi-picker", resourceBundle = Messages.BUNDLE, versionProvider = RootCommand.Version.class,
        description = "${bundle:cli.root.description}",
        footer = {"", "${bundle:cli.root.footer}"})
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.catalog")
    Path catalogFile;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, descriptionKey = "cli.option.lang")
    String language;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "cli.option.version")
    boolean versionRequested;

    /** The program's version line. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"dhi-picker 0.1.0"};
        }
    }

    private Messages messages;

    /** Interface strings in the language of {@code --lang}, else the system's. */
    Messages messages() {
        if (messages == null) {
            Locale locale = language == null ? Locale.getDefault() : Cli.parseLanguage(language);
            if (locale == null) {
                throw new UserException(Messages.forLocale(Locale.getDefault()).get("cli.error.value", "--lang",
                        "en, zh-CN", language), Cli.USAGE);
            }
            messages = Messages.forLocale(locale);
        }
        return messages;
    }

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
                if (catalogFile != null) {
                    // the bundled profiles are fine: it is the user's catalog that lacks a repository
                    throw new UserException(messages().get("cli.error.catalogLacks", catalogFile.toString(), e.reason()));
                }
                throw new UserException(messages().get("cli.error.profiles", e.getMessage()));
            }
        }
        return profiles;
    }

    /** Explanation texts in the interface language. */
    TextCatalog texts() {
        if (texts == null) {
            try {
                texts = new CatalogLoader().loadTexts(messages().textLanguage());
            } catch (CatalogException e) {
                throw new UserException(messages().get("cli.error.texts", e.getMessage()));
            }
        }
        return texts;
    }

    /** Runs the engine for the answers given as options; invalid answers are usage errors. */
    Recommendation recommend(RecommendOptions options) {
        java.time.LocalDate day = options.today(messages());
        Clock clock = day == null ? Clock.systemDefaultZone()
                : Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try {
            return new Recommender(catalog(), profiles(), clock).recommend(options.answers(messages()));
        } catch (InvalidAnswerException e) {
            throw new UserException("--" + e.answer() + ": " + messages().get(e.key(), e.args().toArray()), Cli.USAGE);
        }
    }

    /** The catalog chosen by {@code --catalog}, or the bundled one; loaded once. */
    Catalog catalog() {
        if (catalog == null) {
            try {
                CatalogLoader loader = new CatalogLoader();
                catalog = catalogFile == null ? loader.loadBundled() : loader.load(catalogFile);
            } catch (CatalogException e) {
                throw new UserException(messages().get("cli.error.catalog", e.getMessage()));
            }
        }
        return catalog;
    }
}
