package dev.dhipicker.migrate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code RUN} steps of a final stage that a runtime image makes unnecessary, so that the
 * stage can use the runtime image: installing only packages every DHI image already has
 * ({@code ca-certificates}), and {@code chown}/{@code chmod} of files the stage copies, which
 * become {@code COPY --chown}/{@code --chmod}. It also names the packages a stage installs, for
 * the finding that says how to leave the {@code -dev} image.
 */
final class FinalSteps {
    /** Packages every DHI image carries (the CA certificate bundle). */
    private static final Set<String> CARRIED = Set.of("ca-certificates");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:&&|;|\\|\\|)\\s*");
    private static final Pattern INSTALL = Pattern.compile(
            "^(?:apt-get|apt|apk|yum|dnf|microdnf)\\s+(?:-\\S+\\s+)*(?:install|add)\\s+(.*)$");
    private static final Pattern HOUSEKEEPING = Pattern.compile(
            "^(?:(?:apt-get|apt|apk|yum|dnf|microdnf)\\s+(?:-\\S+\\s+)*(?:update|clean\\b.*|upgrade\\b.*)"
                    + "|rm\\s+-rf?\\s+(?:/var/lib/apt/lists/\\S*|/var/cache/\\S*|/tmp/\\S*)(?:\\s+\\S+)*|true)$");
    private static final Pattern CHOWN = Pattern.compile("^chown\\s+(-R\\s+)?([A-Za-z0-9_.-]+(?::[A-Za-z0-9_.-]+)?)\\s+(\\S+)$");
    private static final Pattern MKDIR = Pattern.compile("^mkdir\\s+(?:-p\\s+)?((?:[^\\s-]\\S*\\s*)+)$");
    private static final Pattern CHMOD = Pattern.compile("^chmod\\s+(-R\\s+)?([0-7]{3,4}|a?\\+x)\\s+(\\S+)$");

    /** What the final stage's steps became. */
    /**
     * @param remaining the instructions that stay
     * @param findings  one or more per removed step
     * @param copyFlags {@code --chown}/{@code --chmod} flags to add to a COPY
     * @param removed   the RUN steps that go
     * @param workdirs  for a removed step that made directories, the WORKDIR lines that make them instead
     */
    record Result(List<Instruction> remaining, List<Finding> findings, Map<Instruction, String> copyFlags,
                  List<Instruction> removed, Map<Instruction, List<String>> workdirs) {
    }

    private FinalSteps() {
    }

    /**
     * Works out which steps can go; empty {@code remaining} RUN steps mean the stage can use the
     * runtime image once the edits are made.
     *
     * @param imageWorkDir the runtime image's working directory, restored after WORKDIR lines that
     *                     make directories when the stage sets none itself (null: {@code /})
     */
    static Result read(Stage s, String imageWorkDir) {
        List<Instruction> remaining = new ArrayList<>();
        List<Instruction> removed = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<Instruction, String> flags = new java.util.LinkedHashMap<>();
        Map<Instruction, List<String>> workdirs = new java.util.LinkedHashMap<>();
        Set<String> made = made(s);
        String workdir = null;
        Map<String, Instruction> copies = new java.util.LinkedHashMap<>();
        for (Instruction in : s.body()) {
            if (in.is("WORKDIR")) {
                workdir = absolute(workdir, in.rest());
            } else if ((in.is("COPY") || in.is("ADD")) && in.heredocs().isEmpty() && in.exec() == null) {
                String[] w = in.rest().split("\\s+");
                String dest = w.length >= 2 ? absolute(workdir, w[w.length - 1]) : null;
                if (dest != null && !dest.equals(workdir)) {
                    copies.put(dest, in);
                }
            }
            if (!in.is("RUN")) {
                remaining.add(in);
                continue;
            }
            if (!in.flags().isEmpty() || !in.heredocs().isEmpty() || in.exec() != null) {
                remaining.add(in);
                continue;
            }
            Set<String> packages = new LinkedHashSet<>();
            Map<Instruction, String> stepFlags = new java.util.LinkedHashMap<>();
            List<String> dirs = new ArrayList<>();
            boolean handled = true;
            for (String cmd : SPLIT.split(in.script().replace("\\\n", " ").strip())) {
                cmd = cmd.strip().replaceAll("\\s+", " ");
                Matcher inst = INSTALL.matcher(cmd);
                Matcher own = CHOWN.matcher(cmd);
                Matcher mod = CHMOD.matcher(cmd);
                Matcher dir = MKDIR.matcher(cmd);
                if (dir.matches()) {
                    for (String p : dir.group(1).strip().split(" ")) {
                        String abs = absolute(workdir, p);
                        if (abs == null) {
                            handled = false;
                        } else if (!made.contains(abs)) {
                            dirs.add(abs);
                        }
                    }
                } else if (inst.matches()) {
                    for (String p : inst.group(1).split(" ")) {
                        if (!p.startsWith("-")) {
                            packages.add(p);
                        }
                    }
                } else if (own.matches() && flaggable(copies.get(absolute(workdir, own.group(3))), "chown")) {
                    stepFlags.merge(copies.get(absolute(workdir, own.group(3))), "--chown=" + own.group(2), FinalSteps::join);
                } else if (mod.matches() && flaggable(copies.get(absolute(workdir, mod.group(3))), "chmod")) {
                    String mode = mod.group(2).contains("x") ? "755" : mod.group(2);
                    stepFlags.merge(copies.get(absolute(workdir, mod.group(3))), "--chmod=" + mode, FinalSteps::join);
                } else if (!HOUSEKEEPING.matcher(cmd).matches()) {
                    handled = false;
                }
            }
            if (handled && CARRIED.containsAll(packages)) {
                removed.add(in);
                if (!dirs.isEmpty()) {
                    List<String> lines = new ArrayList<>();
                    dirs.forEach(d -> lines.add("WORKDIR " + d));
                    lines.add("WORKDIR " + (workdir != null ? workdir : imageWorkDir != null ? imageWorkDir : "/"));
                    workdirs.put(in, lines);
                    findings.add(new Finding(in.startLine(), Severity.INFO, "mkdir-workdir",
                            List.of(String.join(" ", dirs)), Sources.WORKDIR));
                }
                stepFlags.forEach((k, v) -> flags.merge(k, v, FinalSteps::join));
                if (!packages.isEmpty()) {
                    findings.add(new Finding(in.startLine(), Severity.INFO, "packages-carried",
                            List.of(String.join(" ", packages)), Sources.MIGRATE));
                } else if (stepFlags.isEmpty() && dirs.isEmpty()) {
                    findings.add(new Finding(in.startLine(), Severity.INFO, "step-unneeded", List.of(), Sources.MIGRATE));
                }
                stepFlags.forEach((copy, f) -> findings.add(new Finding(in.startLine(), Severity.INFO, "copy-flags",
                        List.of(f, String.valueOf(copy.startLine())), Sources.REF + "#copy---chown---chmod")));
            } else {
                remaining.add(in);
            }
        }
        if (!removed.isEmpty() && remaining.stream().noneMatch(i -> i.is("RUN") || i.is("SHELL"))) {
            rootForRemovedSteps(remaining, removed, findings);
        }
        return new Result(remaining, findings, flags, removed, workdirs);
    }

    /**
     * A {@code USER root} that only served the removed steps (a later {@code USER} sets the user
     * again, and no step runs in between) goes too.
     */
    private static void rootForRemovedSteps(List<Instruction> remaining, List<Instruction> removed,
                                            List<Finding> findings) {
        for (int k = 0; k < remaining.size(); k++) {
            Instruction in = remaining.get(k);
            String user = in.is("USER") ? in.rest().split("[\\s:]")[0] : null;
            if (!"root".equals(user) && !"0".equals(user)) {
                continue;
            }
            boolean later = remaining.subList(k + 1, remaining.size()).stream().anyMatch(i -> i.is("USER"));
            if (later) {
                remaining.remove(k);
                removed.add(in);
                findings.add(new Finding(in.startLine(), Severity.INFO, "user-root-removed", List.of(), Sources.USER));
                k--;
            }
        }
    }

    /** The directories the stage's WORKDIR and COPY/ADD instructions make anyway. */
    private static Set<String> made(Stage s) {
        Set<String> out = new java.util.HashSet<>();
        String workdir = null;
        for (Instruction in : s.body()) {
            if (in.is("WORKDIR")) {
                workdir = absolute(workdir, in.rest());
                if (workdir != null) {
                    out.add(workdir);
                }
            } else if ((in.is("COPY") || in.is("ADD")) && in.exec() == null) {
                String[] w = in.rest().split("\\s+");
                String dest = w.length >= 2 ? absolute(workdir, w[w.length - 1]) : null;
                if (dest != null) {
                    out.add(dest);
                }
            }
        }
        return out;
    }

    /** Packages that only build software: headers, compilers, build tools. */
    private static final Pattern BUILD_ONLY = Pattern.compile(
            ".*-dev|.*-devel|build-base|build-essential|gcc|g\\+\\+|clang|make|cmake|autoconf|automake|libtool"
                    + "|pkgconf|pkg-config|musl-dev|linux-headers|git");

    /**
     * A package name as apt, apk and yum/dnf write it (RPM names may hold capitals: libX11-devel),
     * with an optional version constraint; no shell text.
     */
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+._-]*(?:[=<>~][^\\s'\"$()|;&]*)?");

    /** True for a package that only builds software and belongs in a build stage. */
    static boolean buildOnly(String pkg) {
        return BUILD_ONLY.matcher(pkg).matches();
    }

    /** The OS packages the stage's RUN steps install, in order; empty when none. */
    static List<String> packages(Stage s) {
        Set<String> out = new LinkedHashSet<>();
        for (Instruction in : s.body()) {
            if (!in.is("RUN")) {
                continue;
            }
            // command substitutions (`...`, $(...)) are shell text, often a comment in a package list
            String script = in.script().replace("\\\n", " ").replaceAll("`[^`]*`|\\$\\([^)]*\\)", " ").strip();
            for (String cmd : SPLIT.split(script)) {
                Matcher inst = INSTALL.matcher(cmd.strip().replaceAll("\\s+", " "));
                if (inst.matches()) {
                    boolean optionValue = false;
                    for (String p : inst.group(1).split(" ")) {
                        if (optionValue) {
                            optionValue = false; // apk add --virtual .build-deps: a name for the set, not a package
                            continue;
                        }
                        if (p.equals("--virtual") || p.equals("-t")) {
                            optionValue = true;
                        } else if (PACKAGE.matcher(p).matches() && !CARRIED.contains(p)) {
                            out.add(p.replaceAll("[=<>~].*$", ""));
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** True for a COPY/ADD of the stage that has no such flag yet. */
    private static boolean flaggable(Instruction copy, String flag) {
        return copy != null && copy.flag(flag) == null;
    }

    private static String join(String a, String b) {
        return a.equals(b) || a.contains(b) ? a : a + " " + b;
    }

    /** An absolute path for a path written in the stage, or null when it uses variables. */
    private static String absolute(String workdir, String path) {
        String p = path.strip();
        if (p.length() > 1 && p.startsWith("\"") && p.endsWith("\"")) {
            p = p.substring(1, p.length() - 1);
        }
        if (p.contains("$") || p.isEmpty()) {
            return null;
        }
        if (!p.startsWith("/")) {
            if (workdir == null) {
                return null;
            }
            p = (workdir.endsWith("/") ? workdir : workdir + "/") + (p.startsWith("./") ? p.substring(2) : p);
        }
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
