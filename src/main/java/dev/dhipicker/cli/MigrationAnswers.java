package dev.dhipicker.cli;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.Severity;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommender;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers {@code migrate} and {@code discover} share ({@code --org}, {@code --libc},
 * {@code --compliance}, {@code --today}), read and checked in one place, so both commands ask the
 * engine the same questions.
 */
final class MigrationAnswers {
    /** The values {@code --fail-on} takes. */
    static final List<String> FAIL_ON = List.of("error", "warning", "never");

    @Option(names = "--org", paramLabel = "ORG", descriptionKey = "cli.option.org")
    String org;

    @Option(names = "--libc", paramLabel = "L", descriptionKey = "cli.migrate.libc")
    String libc;

    @Option(names = "--compliance", paramLabel = "C", defaultValue = "none", descriptionKey = "cli.option.compliance")
    String compliance;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.today")
    String today;

    /** The options for the migrator; a bad {@code --libc} or {@code --compliance} is a usage error. */
    MigrateOptions options(Messages m) {
        LibcNeed libcNeed = libc == null ? null : LibcNeed.fromId(libc);
        if (libc != null && libcNeed == null) {
            throw new UserException(m.get("cli.error.value", "--libc", "glibc, musl, any", libc), Cli.USAGE);
        }
        ComplianceNeed need = ComplianceNeed.fromId(compliance);
        if (need == null) {
            throw new UserException(m.get("cli.error.value", "--compliance", "none, fips, stig, fips-stig", compliance),
                    Cli.USAGE);
        }
        return new MigrateOptions(libcNeed, need, org);
    }

    /**
     * A migrator on the catalog in use, its clock at {@code --today} (which the catalog's age notice
     * is measured against too), with the options checked by the engine's own rules.
     */
    Migrator migrator(RootCommand root, ImageMap map, MigrateOptions options, Messages m) {
        try {
            Migrator migrator = new Migrator(new Recommender(root.catalog(), root.profiles(), clock(root, m)), map);
            migrator.check(options);
            return migrator;
        } catch (InvalidAnswerException e) {
            throw new UserException("--" + e.answer() + ": " + m.get(e.key(), e.args().toArray()), Cli.USAGE);
        }
    }

    /** The bundled image map for the catalog in use. */
    static ImageMap imageMap(RootCommand root, Messages m) {
        try {
            return ImageMap.loadBundled(root.catalog());
        } catch (CatalogException e) {
            throw new UserException(m.get("cli.error.catalog", e.getMessage()));
        }
    }

    /** The day of {@code --today} (checked by {@link #migrator}), or today when it is not given. */
    LocalDate day() {
        return today == null ? LocalDate.now() : LocalDate.parse(today);
    }

    /** The answers as given on the command line (nulls kept), for reports that repeat them. */
    Map<String, String> asGiven() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("org", org);
        o.put("libc", libc);
        o.put("compliance", compliance);
        o.put("today", today);
        return o;
    }

    /** Checks a {@code --fail-on} value. */
    static void checkFailOn(String failOn, Messages m) {
        if (!FAIL_ON.contains(failOn)) {
            throw new UserException(m.get("cli.error.value", "--fail-on", String.join(", ", FAIL_ON), failOn), Cli.USAGE);
        }
    }

    /** True when the worst finding (null for none) is at or above the {@code --fail-on} level. */
    static boolean reached(String failOn, Severity worst) {
        return switch (failOn) {
            case "error" -> worst == Severity.ERROR;
            case "warning" -> worst == Severity.ERROR || worst == Severity.WARNING;
            default -> false;
        };
    }

    private Clock clock(RootCommand root, Messages m) {
        if (today == null) {
            return Clock.systemDefaultZone();
        }
        try {
            LocalDate day = LocalDate.parse(today);
            root.noteToday(day);
            return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UserException(m.get("cli.error.date", "--today", today), Cli.USAGE);
        }
    }
}
