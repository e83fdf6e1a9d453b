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
import dev.dhipicker.catalog.update.CatalogAge;
import dev.dhipicker.catalog.update.CatalogSelector;
import dev.dhipicker.catalog.update.UserCatalogStore;
import dev.dhipicker.catalog.WorkloadProfiles;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;

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
    private final CliContext context;
    private CatalogSelector.Selection selection;
    private java.time.LocalDate today;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** The surroundings the command runs in (data folder, clock, environment). */
    CliContext context() {
        return context;
    }

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
        noteToday(day);
        Clock clock = day == null ? Clock.systemDefaultZone()
                : Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try {
            return new Recommender(catalog(), profiles(), clock).recommend(options.answers(messages()));
        } catch (InvalidAnswerException e) {
            throw new UserException("--" + e.answer() + ": " + messages().get(e.key(), e.args().toArray()), Cli.USAGE);
        }
    }

    /**
     * The catalog chosen by {@code --catalog}, else the user's updated catalog when it is valid and
     * not older than the bundled one, else the bundled one; loaded once. An updated catalog that
     * cannot be used is said in one line on standard error.
     */
    Catalog catalog() {
        if (catalog == null) {
            try {
                CatalogLoader loader = new CatalogLoader();
                if (catalogFile != null) {
                    selection = new CatalogSelector.Selection(loader.load(catalogFile), CatalogSelector.Origin.FILE,
                            catalogFile, null);
                } else {
                    Path user = context.dataFolder() == null ? null
                            : new UserCatalogStore(context.dataFolder()).current();
                    selection = new CatalogSelector(loader, user).select();
                    if (selection.unusable() != null) {
                        spec.commandLine().getErr().println("dhi-picker: " + messages().get("cli.catalog.unusable",
                                selection.unusable().getMessage()));
                        spec.commandLine().getErr().flush();
                    }
                }
                catalog = selection.catalog();
            } catch (CatalogException e) {
                throw new UserException(messages().get("cli.error.catalog", e.getMessage()));
            }
        }
        return catalog;
    }

    /** The day the command answers for ({@code --today}); the age notice is judged on it. */
    void noteToday(java.time.LocalDate day) {
        if (day != null) {
            today = day;
        }
    }

    /** The catalog in use, for JSON: snapshot, commit, source and origin (bundled, updated or file). */
    java.util.Map<String, Object> catalogJson() {
        Catalog c = catalog();
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("snapshotDate", String.valueOf(c.info().snapshotDate()));
        m.put("source", c.info().source());
        m.put("upstreamCommit", c.info().upstreamCommit());
        m.put("origin", selection.origin().id());
        m.put("file", selection.file() == null ? null : selection.file().toString());
        return m;
    }

    /**
     * One line when the catalog in use is older than {@link CatalogAge#NOTICE_AFTER_DAYS} days on
     * {@code --today} (or the clock's day), or null; only once a command has loaded the catalog.
     */
    String ageNotice() {
        if (catalog == null || language != null && Cli.parseLanguage(language) == null) {
            return null;
        }
        java.time.LocalDate day = today != null ? today : java.time.LocalDate.now(context.clock());
        if (!CatalogAge.needsNotice(catalog.info(), day)) {
            return null;
        }
        return messages().get("cli.catalog.old", String.valueOf(catalog.info().snapshotDate()),
                String.valueOf(CatalogAge.days(catalog.info(), day).getAsLong()),
                originText());
    }

    /** Where the catalog in use comes from, in words. */
    String originText() {
        catalog();
        return switch (selection.origin()) {
            case BUNDLED -> messages().get("cli.catalog.originBundled");
            case UPDATED -> messages().get("cli.catalog.originUpdated", String.valueOf(selection.file()));
            case FILE -> messages().get("cli.catalog.originFile", String.valueOf(selection.file()));
        };
    }
}
