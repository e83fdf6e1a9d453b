package dev.dhipicker.discover;

import dev.dhipicker.discover.InferredAnswer.Answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * glibc inferred from the packages a project depends on: a declared Python or Node.js dependency
 * that the bundled, sourced lists ({@link GlibcPackages}) name as needing the GNU C library. Each
 * answer names the file and line of the dependency, the package, why, and the version the list
 * checked; a package is reported once per file.
 */
final class PackageAnswers {
    /** The rule of a Python package without a musl wheel. */
    static final String PYTHON_RULE = "python-no-musl-wheel";
    /** The rule of a Node.js package that needs glibc. */
    static final String NODE_RULE = "node-glibc-package";

    private final GlibcPackages python;
    private final GlibcPackages node;

    PackageAnswers(GlibcPackages python, GlibcPackages node) {
        this.python = python;
        this.node = node;
    }

    /** The lists bundled with the application. */
    static PackageAnswers bundled() {
        return new PackageAnswers(GlibcPackages.bundled(GlibcPackages.PYTHON), GlibcPackages.bundled(GlibcPackages.NODE));
    }

    void infer(ProjectFiles files, List<InferredAnswer> out) {
        match(DeclaredDependencies.python(files), python, PYTHON_RULE, out);
        match(DeclaredDependencies.node(files), node, NODE_RULE, out);
    }

    private static void match(List<DeclaredDependencies.Dependency> deps, GlibcPackages list, String rule,
                              List<InferredAnswer> out) {
        Set<String> seen = new HashSet<>();
        for (DeclaredDependencies.Dependency d : deps) {
            GlibcPackages.Entry e = list.get(d.name());
            if (e != null && seen.add(d.file() + "\n" + d.name())) {
                out.add(new InferredAnswer(Answer.LIBC, "glibc", d.file(), d.line(), rule,
                        List.of(d.file(), d.name(), e.why(), e.version())));
            }
        }
    }
}
