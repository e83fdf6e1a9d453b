package dev.dhipicker.cli;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The answers as command-line options, shared by every command that recommends. Values are
 * checked here rather than by picocli converters, so that the error names the option and the
 * allowed values in the interface language.
 */
final class RecommendOptions {

    @Option(names = "--workload", required = true, paramLabel = "W", descriptionKey = "cli.option.workload")
    String workload;

    @Option(names = "--version", paramLabel = "V", descriptionKey = "cli.option.versionAnswer")
    String version;

    @Option(names = "--libc", paramLabel = "L", defaultValue = "any", descriptionKey = "cli.option.libc")
    String libc;

    @Option(names = "--size", paramLabel = "S", defaultValue = "balanced", descriptionKey = "cli.option.size")
    String size;

    @Option(names = "--compliance", paramLabel = "C", defaultValue = "none", descriptionKey = "cli.option.compliance")
    String compliance;

    @Option(names = "--helm", paramLabel = "H", defaultValue = "none", descriptionKey = "cli.option.helm")
    String helm;

    @Option(names = "--org", paramLabel = "ORG", descriptionKey = "cli.option.org")
    String org;

    @Option(names = "--flavor", paramLabel = "F", descriptionKey = "cli.option.flavor")
    String flavor;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.today")
    String today;

    /** The answers, or a usage error naming the bad option and its allowed values. */
    Answers answers(Messages m) {
        if (version != null && version.isBlank()) {
            // the engine reads a blank version as "newest"; on the command line it is a mistake
            throw new UserException("--version: " + m.get("answer.error.emptyVersion"), Cli.USAGE);
        }
        return new Answers(workload, version,
                pick(m, "--libc", libc, LibcNeed.values(), LibcNeed::id),
                pick(m, "--size", size, SizePriority.values(), SizePriority::id),
                pick(m, "--compliance", compliance, ComplianceNeed.values(), ComplianceNeed::id),
                pick(m, "--helm", helm, HelmUse.values(), HelmUse::id), org, flavor);
    }

    /** The {@code --today} date, or null for today; a usage error when it is not a date. */
    LocalDate today(Messages m) {
        if (today == null) {
            return null;
        }
        // LocalDate.parse also takes years such as +999999999; only four-digit years are dates here.
        if (!today.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new UserException(m.get("cli.error.date", "--today", today), Cli.USAGE);
        }
        try {
            return LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new UserException(m.get("cli.error.date", "--today", today), Cli.USAGE);
        }
    }

    private static <E extends Enum<E>> E pick(Messages m, String option, String value, E[] values,
                                               Function<E, String> id) {
        for (E e : values) {
            if (id.apply(e).equals(value)) {
                return e;
            }
        }
        String allowed = Arrays.stream(values).map(id).collect(Collectors.joining(", "));
        throw new UserException(m.get("cli.error.value", option, allowed, value), Cli.USAGE);
    }
}
