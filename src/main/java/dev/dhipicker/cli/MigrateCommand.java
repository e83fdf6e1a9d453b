package dev.dhipicker.cli;

import dev.dhipicker.export.DockerfileException;
import dev.dhipicker.export.DockerfileFiles;

import dev.dhipicker.catalog.JsonText;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Dockerfile;
import dev.dhipicker.migrate.DockerfileParser;
import dev.dhipicker.migrate.DockerfileSyntaxException;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.InputLimits;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.migrate.Severity;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.StageResult;
import dev.dhipicker.migrate.UnifiedDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code migrate}: a Dockerfile rewritten for Docker Hardened Images, with the findings. */
@Command(name = "migrate", description = {"${bundle:cli.migrate.description}", "${bundle:cli.migrate.exit}"})
final class MigrateCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("dockerfile", "diff", "json", "text");

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.migrate.input")
    String input;

    @Mixin
    MigrationAnswers answers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "dockerfile", descriptionKey = "cli.migrate.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "cli.migrate.output")
    Path output;

    @Option(names = "--force", descriptionKey = "cli.option.force")
    boolean force;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "never", descriptionKey = "cli.migrate.failOn")
    String failOn;

    /** Exit code when a finding at or above the {@code --fail-on} severity exists. */
    static final int FINDINGS = 3;

    @Override
    public Integer call() {
        Messages m = root.messages();
        if (!FORMATS.contains(format)) {
            throw new UserException(m.get("cli.error.value", "--format", String.join(", ", FORMATS), format), Cli.USAGE);
        }
        MigrationAnswers.checkFailOn(failOn, m);
        MigrateOptions options = answers.options(m);
        Migrator migrator = answers.migrator(root, MigrationAnswers.imageMap(root, m), options, m);
        InputLimits limits = InputLimits.standard();
        byte[] bytes = read(limits, m);
        MigrationResult result;
        try {
            Dockerfile d = new DockerfileParser(limits).parse(bytes);
            result = migrator.migrate(d, options, m::get);
        } catch (DockerfileSyntaxException e) {
            throw new UserException(m.get("migrate.cli.syntax", input, m.get(e.key(), e.messageArgs())));
        }
        String text = render(result, m);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            write(text, m);
        }
        return failing(result) ? FINDINGS : 0;
    }

    /** True when a finding is at or above the {@code --fail-on} severity. */
    private boolean failing(MigrationResult r) {
        Severity worst = r.findings().stream().map(Finding::severity).min(Enum::compareTo).orElse(null);
        return MigrationAnswers.reached(failOn, worst);
    }

    /** Reads at most one byte more than the limit, so that a huge input is rejected without being read whole. */
    private byte[] read(InputLimits limits, Messages m) {
        try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
            return in.readNBytes(limits.maxBytes() + 1);
        } catch (NoSuchFileException e) {
            throw new UserException(m.get("migrate.cli.readFailed", input, m.get("migrate.cli.noFile")));
        } catch (IOException | RuntimeException e) {
            throw new UserException(m.get("migrate.cli.readFailed", input, Cli.oneLine(e.getMessage())));
        }
    }

    private String render(MigrationResult r, Messages m) {
        return switch (format) {
            case "diff" -> UnifiedDiff.diff(input, input + " (DHI)", r.input(), r.dockerfile());
            case "json" -> JsonText.write(json(r, m)) + "\n";
            case "text" -> MigrateReport.text(r, m);
            default -> r.dockerfile();
        };
    }

    private Map<String, Object> json(MigrationResult r, Messages m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("catalog", this.root.catalogJson());
        root.put("input", input);
        root.put("changed", r.changed());
        root.put("dockerfile", r.dockerfile());
        List<Object> stages = new ArrayList<>();
        for (StageResult s : r.stages()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("index", s.index());
            o.put("name", s.name());
            o.put("line", s.line());
            o.put("from", s.from());
            o.put("role", s.role().id());
            o.put("reference", s.reference());
            o.put("reason", m.get(s.reasonKey(), s.reasonArgs().toArray()));
            stages.add(o);
        }
        root.put("stages", stages);
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("line", f.line());
            o.put("severity", f.severity().id());
            o.put("rule", f.rule());
            o.put("message", m.get(f.key(), f.args().toArray()));
            o.put("source", f.source());
            findings.add(o);
        }
        root.put("findings", findings);
        return root;
    }

    private void write(String text, Messages m) {
        try {
            new DockerfileFiles(m).write(text, output, force);
        } catch (DockerfileException e) {
            throw new UserException(e.reason() == DockerfileException.Reason.FILE_EXISTS
                    ? m.get("migrate.cli.exists", output.toString()) : e.getMessage());
        }
        spec.commandLine().getErr().println(m.get("migrate.cli.wrote", output.toString()));
        spec.commandLine().getErr().flush();
    }
}
