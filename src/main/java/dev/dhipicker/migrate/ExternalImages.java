package dev.dhipicker.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a Dockerfile names outside {@code FROM}: {@code COPY --from=<image>} (and
 * {@code ADD --from}) and {@code RUN --mount=...,from=<image>}. Each gets the build image the
 * same rule set gives a build stage of that image; stage names and stage numbers stay as written.
 */
final class ExternalImages {
    private static final Pattern MOUNT_FROM = Pattern.compile("(?:^|,)from=([^,\\s]+)");
    private static final Pattern STAGE_NUMBER = Pattern.compile("\\d+");

    private final MigrationRun run;
    private final Set<String> stageNames;

    ExternalImages(MigrationRun run, Set<String> stageNames) {
        this.run = run;
        this.stageNames = stageNames;
    }

    /** Migrates every {@code --from} image of every stage. */
    void apply(List<Stage> stages) {
        for (Stage s : stages) {
            for (Instruction in : s.body()) {
                if (in.is("COPY") || in.is("ADD")) {
                    copyFrom(in);
                } else if (in.is("RUN")) {
                    for (String f : in.flags()) {
                        if (f.startsWith("--mount=")) {
                            mountFrom(in, f);
                        }
                    }
                }
            }
        }
    }

    private void copyFrom(Instruction in) {
        String value = in.flag("from");
        if (value == null || value.isEmpty()) {
            return;
        }
        String flag = "--from=" + value;
        int at = flagOffset(in, flag);
        migrate(in, in.keyword() + " --from", value, at < 0 ? -1 : at + "--from=".length());
    }

    private void mountFrom(Instruction in, String flag) {
        Matcher m = MOUNT_FROM.matcher(flag.substring("--mount=".length()));
        if (!m.find()) {
            return;
        }
        int at = flagOffset(in, flag);
        migrate(in, "RUN --mount=from", m.group(1), at < 0 ? -1 : at + "--mount=".length() + m.start(1));
    }

    /** Offset of a flag as written in the instruction, or -1 when it spans lines and cannot be found verbatim. */
    private int flagOffset(Instruction in, String flag) {
        int at = run.d.text().indexOf(flag, in.start());
        return at >= 0 && at < in.end() ? at : -1;
    }

    /** Migrates one image named in a flag; {@code offset} is where its name starts in the input, or -1 when unknown. */
    private void migrate(Instruction in, String where, String value, int offset) {
        String name = value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                ? value.substring(1, value.length() - 1) : value;
        if (stageNames.contains(name.toLowerCase(Locale.ROOT)) || STAGE_NUMBER.matcher(name).matches()
                || name.equals("scratch")) {
            return;
        }
        int line = in.startLine();
        if (Substitution.uses(name, run.d.escape())) {
            run.findings.add(new Finding(line, Severity.WARNING, "reference-unresolved", List.of(name),
                    Sources.ARG_FROM));
            return;
        }
        ReferenceResolver.Resolved r = run.resolver.resolve(name, line, run.findings);
        String replacement = r.replacement(ReferenceUse.BUILD, name, line, run.findings);
        if (replacement == null) {
            return; // the resolver or no-build-image said why
        }
        if (offset < 0) {
            // the flag is split over continuation lines: say what it should name instead
            run.findings.add(new Finding(line, Severity.WARNING, "reference-not-rewritten", List.of(name, replacement),
                    Sources.MULTI_STAGE));
            return;
        }
        run.complianceNote(line);
        run.edits.lineBefore(in.start(), "# " + run.texts.get("migrate.comment.from", name));
        run.edits.replace(offset, offset + name.length(), replacement);
        run.findings.add(new Finding(line, Severity.WARNING, "copy-from-image", List.of(where, name, replacement),
                Sources.MULTI_STAGE));
    }
}
