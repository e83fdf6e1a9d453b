package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code FROM} lines that name a build argument ({@code FROM ${BASE}}): the argument's default is
 * rewritten when every {@code FROM} that uses it gets the same image and no stage declares it
 * again; otherwise each line names its image and a finding says the argument no longer controls it.
 */
final class ArgDefaults {
    private final MigrationRun run;
    /** Build argument name to the uses of its FROM lines: stage, new reference, offset of the image word. */
    private final Map<String, List<Object[]>> uses = new LinkedHashMap<>();

    ArgDefaults(MigrationRun run) {
        this.run = run;
    }

    /** Rewrites the image of a stage, or records the use when it names a build argument that may be rewritten. */
    void rewrite(Stage s, String reference, int at) {
        String var = singleVariable(s.image());
        StageReader.GlobalArg arg = var == null ? null : run.read.args().get(var);
        run.edits.lineBefore(s.from().start(), "# " + run.texts.get("migrate.comment.from", s.resolved()));
        if (arg != null && arg.rewritable()) {
            uses.computeIfAbsent(var, k -> new ArrayList<>()).add(new Object[]{s, reference, at});
            return;
        }
        run.edits.replace(at, at + s.image().length(), reference);
        if (!s.image().equals(s.resolved())) {
            run.findings.add(new Finding(s.from().startLine(), Severity.WARNING, "arg-from-inline",
                    List.of(s.image(), reference), Sources.ARG_FROM));
        }
    }

    /** Rewrites ARG defaults used by FROM lines when every use agrees and no stage redeclares the argument. */
    void finish() {
        for (Map.Entry<String, List<Object[]>> e : uses.entrySet()) {
            StageReader.GlobalArg arg = run.read.args().get(e.getKey());
            Set<String> refs = new HashSet<>();
            e.getValue().forEach(u -> refs.add((String) u[1]));
            boolean redeclared = run.read.stages().stream().flatMap(s -> s.body().stream())
                    .anyMatch(i -> i.is("ARG") && i.rest().split("[=\\s]")[0].equals(e.getKey()));
            if (refs.size() == 1 && !redeclared) {
                String ref = refs.iterator().next();
                int start = arg.valueStart();
                run.edits.lineBefore(start, "# " + run.texts.get("migrate.comment.arg", arg.value()));
                run.edits.replace(start, start + arg.value().length(), ref);
                for (Object[] u : e.getValue()) {
                    run.findings.add(new Finding(((Stage) u[0]).from().startLine(), Severity.INFO, "arg-from-rewritten",
                            List.of(e.getKey(), arg.value(), ref, String.valueOf(arg.line())), Sources.ARG_FROM));
                }
            } else {
                for (Object[] u : e.getValue()) {
                    Stage s = (Stage) u[0];
                    int at = (Integer) u[2];
                    run.edits.replace(at, at + s.image().length(), (String) u[1]);
                    run.findings.add(new Finding(s.from().startLine(), Severity.WARNING, "arg-from-inline",
                            List.of(s.image(), (String) u[1]), Sources.ARG_FROM));
                }
            }
        }
    }

    private String singleVariable(String image) {
        if (image.matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*}")) {
            return image.substring(2, image.length() - 1);
        }
        if (image.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
            return image.substring(1);
        }
        return null;
    }
}
