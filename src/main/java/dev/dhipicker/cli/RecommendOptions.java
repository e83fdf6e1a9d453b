package dev.dhipicker.cli;

import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The answers as command-line options, shared by every command that recommends. */
final class RecommendOptions {

    @Option(names = "--workload", required = true, paramLabel = "W",
            descriptionKey = "cli.option.workload")
    String workload;

    @Option(names = "--version", paramLabel = "V", descriptionKey = "cli.option.versionAnswer")
    String version;

    @Option(names = "--libc", paramLabel = "L", defaultValue = "any", converter = LibcConverter.class,
            descriptionKey = "cli.option.libc")
    LibcNeed libc;

    @Option(names = "--size", paramLabel = "S", defaultValue = "balanced", converter = SizeConverter.class,
            descriptionKey = "cli.option.size")
    SizePriority size;

    @Option(names = "--compliance", paramLabel = "C", defaultValue = "none", converter = ComplianceConverter.class,
            descriptionKey = "cli.option.compliance")
    ComplianceNeed compliance;

    @Option(names = "--helm", paramLabel = "H", defaultValue = "none", converter = HelmConverter.class,
            descriptionKey = "cli.option.helm")
    HelmUse helm;

    @Option(names = "--org", paramLabel = "ORG",
            descriptionKey = "cli.option.org")
    String org;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            descriptionKey = "cli.option.today")
    LocalDate today;

    Answers answers() {
        return new Answers(workload, version, libc, size, compliance, helm, org);
    }

    private static <E extends Enum<E>> E convert(String value, E[] values, Function<E, String> id) {
        for (E e : values) {
            if (id.apply(e).equals(value)) {
                return e;
            }
        }
        throw new TypeConversionException("expected one of " + Arrays.stream(values).map(id)
                .collect(Collectors.joining(", ")) + " but was '" + value + "'");
    }

    static final class LibcConverter implements ITypeConverter<LibcNeed> {
        @Override
        public LibcNeed convert(String v) {
            return RecommendOptions.convert(v, LibcNeed.values(), LibcNeed::id);
        }
    }

    static final class SizeConverter implements ITypeConverter<SizePriority> {
        @Override
        public SizePriority convert(String v) {
            return RecommendOptions.convert(v, SizePriority.values(), SizePriority::id);
        }
    }

    static final class ComplianceConverter implements ITypeConverter<ComplianceNeed> {
        @Override
        public ComplianceNeed convert(String v) {
            return RecommendOptions.convert(v, ComplianceNeed.values(), ComplianceNeed::id);
        }
    }

    static final class HelmConverter implements ITypeConverter<HelmUse> {
        @Override
        public HelmUse convert(String v) {
            return RecommendOptions.convert(v, HelmUse.values(), HelmUse::id);
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String v) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("expected a date YYYY-MM-DD but was '" + v + "'");
            }
        }
    }
}
