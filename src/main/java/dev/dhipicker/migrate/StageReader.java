package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a parsed Dockerfile into stages and resolves the build arguments declared before the
 * first {@code FROM} (the only ones a {@code FROM} can use).
 */
final class StageReader {

    /**
     * A build argument declared before the first {@code FROM}.
     *
     * @param name       its name
     * @param value      its default, or null when it has none
     * @param line       its input line
     * @param valueStart offset of the default in the input when it can be rewritten in place, else -1
     */
    record GlobalArg(String name, String value, int line, int valueStart) {
        boolean rewritable() {
            return valueStart >= 0;
        }
    }

    /** The stages and the global arguments. */
    record Result(List<Stage> stages, Map<String, GlobalArg> args) {
    }

    private StageReader() {
    }

    static Result read(Dockerfile d) throws DockerfileSyntaxException {
        Map<String, GlobalArg> args = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction in : d.instructions()) {
            if (in.is("FROM")) {
                if (from != null) {
                    stages.add(stage(d, stages.size(), from, body, args));
                }
                from = in;
                body = new ArrayList<>();
            } else if (from == null) {
                readArgs(d, in, args);
            } else {
                body.add(in);
            }
        }
        stages.add(stage(d, stages.size(), from, body, args));
        return new Result(stages, args);
    }

    private static void readArgs(Dockerfile d, Instruction in, Map<String, GlobalArg> args) {
        int searchFrom = in.start() + 3;
        for (String word : in.rest().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            String raw = eq < 0 ? null : word.substring(eq + 1);
            String value = raw;
            if (value != null && value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            int valueStart = -1;
            if (raw != null && in.startLine() == in.endLine() && raw.equals(value) && !raw.isEmpty()) {
                int at = d.text().indexOf(word, searchFrom);
                if (at >= 0 && at < in.end()) {
                    valueStart = at + eq + 1;
                    searchFrom = at + word.length();
                }
            }
            if (value != null && Substitution.uses(value, d.escape())) {
                // a default may name earlier arguments (ARG IMAGE=$NAME$DIGEST): Docker expands it
                // with them, a name never declared to nothing; when a declared one has no default
                // (a --build-arg may give it) the value is unknown here
                Map<String, String> vars = new LinkedHashMap<>();
                args.values().forEach(a -> vars.put(a.name(), a.value()));
                Set<String> missing = new HashSet<>();
                String expanded = Substitution.expand(value, vars, d.escape(), missing);
                missing.retainAll(args.keySet());
                value = expanded == null || !missing.isEmpty() ? null : expanded;
                valueStart = -1;
            }
            args.put(name, new GlobalArg(name, value, in.startLine(), valueStart));
        }
    }

    private static Stage stage(Dockerfile d, int index, Instruction from, List<Instruction> body,
                               Map<String, GlobalArg> args) throws DockerfileSyntaxException {
        String[] words = from.rest().split("\\s+");
        String name = null;
        if (words.length == 3 && words[1].equalsIgnoreCase("AS")) {
            name = words[2];
        } else if (words.length != 1 || words[0].isEmpty()) {
            throw new DockerfileSyntaxException(from.startLine(), "migrate.error.from", from.rest());
        }
        String image = words[0];
        String resolved = image;
        if (Substitution.uses(image, d.escape())) {
            Map<String, String> vars = new LinkedHashMap<>();
            args.values().forEach(a -> vars.put(a.name(), a.value()));
            Set<String> missing = new HashSet<>();
            resolved = Substitution.expand(image, vars, d.escape(), missing);
            if (resolved == null) {
                throw new DockerfileSyntaxException(from.startLine(), "migrate.error.substitution", image);
            }
            if (!missing.isEmpty()) {
                resolved = null; // left as written, with a finding
            }
        }
        return new Stage(index, from, image, resolved, name, body);
    }
}
