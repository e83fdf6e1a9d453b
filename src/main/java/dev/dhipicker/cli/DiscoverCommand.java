package dev.dhipicker.cli;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.discover.CsvReport;
import dev.dhipicker.discover.Discovery;
import dev.dhipicker.discover.DiscoveryReport;
import dev.dhipicker.discover.JsonReport;
import dev.dhipicker.discover.MarkdownReport;
import dev.dhipicker.discover.SarifReport;
import dev.dhipicker.discover.TextReport;
import dev.dhipicker.discover.WalkLimits;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.Severity;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code discover}: every image reference of a project, what replaces it, and in place with {@code --write}. */
@Command(name = "discover", description = {"${bundle:cli.discover.description}", "${bundle:cli.discover.exit}"})
final class DiscoverCommand implements Callable<Integer> {
    /** Exit code when a finding reaches the {@code --fail-on} severity. */
    static final int FINDINGS = 3;
    private static final List<String> FORMATS = List.of("text", "json", "markdown", "sarif", "csv");
    private static final List<String> FAIL_ON = List.of("error", "warning", "never");

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "cli.discover.input")
    Path dir;

    @Option(names = "--org", paramLabel = "ORG", descriptionKey = "cli.option.org")
    String org;

    @Option(names = "--libc", paramLabel = "L", descriptionKey = "cli.migrate.libc")
    String libc;

    @Option(names = "--compliance", paramLabel = "C", defaultValue = "none", descriptionKey = "cli.option.compliance")
    String compliance;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.today")
    String today;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "cli.discover.format")
    String format;

    @Option(names = "--write", descriptionKey = "cli.discover.write")
    boolean write;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "never", descriptionKey = "cli.discover.failOn")
    String failOn;

    @Override
    public Integer call() {
        Messages m = root.messages();
        check("--format", FORMATS, format, m);
        check("--fail-on", FAIL_ON, failOn, m);
        LibcNeed libcNeed = libc == null ? null : LibcNeed.fromId(libc);
        if (libc != null && libcNeed == null) {
            throw new UserException(m.get("cli.error.value", "--libc", "glibc, musl, any", libc), Cli.USAGE);
        }
        ComplianceNeed need = ComplianceNeed.fromId(compliance);
        if (need == null) {
            throw new UserException(m.get("cli.error.value", "--compliance", "none, fips, stig, fips-stig", compliance),
                    Cli.USAGE);
        }
        if (!Files.isDirectory(dir)) {
            throw new UserException(m.get("discover.cli.notFolder", dir.toString()));
        }
        MigrateOptions options = new MigrateOptions(libcNeed, need, org);
        Discovery discovery;
        try {
            ImageMap map = ImageMap.loadBundled(root.catalog());
            Migrator migrator = new Migrator(new Recommender(root.catalog(), root.profiles(), clock(m)), map);
            migrator.check(options);
            discovery = new Discovery(migrator, root.catalog(), map, m::get, WalkLimits.standard());
        } catch (CatalogException e) {
            throw new UserException(m.get("cli.error.catalog", e.getMessage()));
        } catch (InvalidAnswerException e) {
            throw new UserException("--" + e.answer() + ": " + m.get(e.key(), e.args().toArray()), Cli.USAGE);
        }
        DiscoveryReport report;
        try {
            report = discovery.discover(dir, options);
        } catch (IOException e) {
            throw new UserException(m.get("discover.cli.readFailed", dir.toString(), Cli.oneLine(e.getMessage())));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (write) {
            new ProjectWriter(dir, m, out, spec.commandLine().getErr()).write(report);
        } else {
            out.print(render(report, m));
        }
        out.flush();
        return failed(report.worst()) ? FINDINGS : 0;
    }

    private boolean failed(Severity worst) {
        return switch (failOn) {
            case "error" -> worst == Severity.ERROR;
            case "warning" -> worst == Severity.ERROR || worst == Severity.WARNING;
            default -> false;
        };
    }

    private String render(DiscoveryReport r, Messages m) {
        return switch (format) {
            case "json" -> JsonReport.write(r, dir.toString(), answers(), root.catalogJson(), m);
            case "markdown" -> MarkdownReport.write(r, m);
            case "sarif" -> SarifReport.write(r, "0.1.0", m);
            case "csv" -> CsvReport.write(r);
            default -> TextReport.write(r, m);
        };
    }

    private Map<String, String> answers() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("org", org);
        o.put("libc", libc);
        o.put("compliance", compliance);
        o.put("today", today);
        return o;
    }

    private static void check(String option, List<String> allowed, String value, Messages m) {
        if (!allowed.contains(value)) {
            throw new UserException(m.get("cli.error.value", option, String.join(", ", allowed), value), Cli.USAGE);
        }
    }

    private Clock clock(Messages m) {
        if (today == null) {
            return Clock.systemDefaultZone();
        }
        try {
            return Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UserException(m.get("cli.error.date", "--today", today), Cli.USAGE);
        }
    }
}
