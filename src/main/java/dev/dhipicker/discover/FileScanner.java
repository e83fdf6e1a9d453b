package dev.dhipicker.discover;

import dev.dhipicker.catalog.PositionedYaml;
import dev.dhipicker.migrate.Dockerfile;
import dev.dhipicker.migrate.DockerfileParser;
import dev.dhipicker.migrate.DockerfileSyntaxException;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.InputLimits;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.ReferenceMigration;
import dev.dhipicker.migrate.Severity;
import dev.dhipicker.migrate.StageResult;
import dev.dhipicker.migrate.StageRole;
import dev.dhipicker.migrate.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Reads one project file and gives its part of the report. */
final class FileScanner {
    private final Migrator migrator;
    private final Assessor assessor;
    private final MigrateOptions options;
    private final Texts texts;
    private final WalkLimits limits;
    private final PositionedYaml yaml = new PositionedYaml(PositionedYaml.Limits.standard());

    FileScanner(Migrator migrator, Assessor assessor, MigrateOptions options, Texts texts, WalkLimits limits) {
        this.migrator = migrator;
        this.assessor = assessor;
        this.options = options;
        this.texts = texts;
        this.limits = limits;
    }

    /**
     * A file's report and the compose files it names.
     *
     * @param path         the file, relative to the project root
     * @param report       the report, or null when the file holds nothing to report
     * @param composeFiles the compose files it includes or extends services from (compose files only)
     */
    record Scanned(String path, FileReport report, List<ComposeReader.Link> composeFiles) {
        Scanned {
            composeFiles = List.copyOf(composeFiles);
        }
    }

    /**
     * The file's report (null when it holds nothing to report: a YAML file that is no manifest) with
     * the compose files it names.
     */
    Scanned scanLinked(ProjectFile f) {
        Found found = new Found();
        FileReport report = read(f, found);
        return new Scanned(f.path(), report, found.composeFiles);
    }

    private FileReport read(ProjectFile f, Found linked) {
        List<Notice> notices = new ArrayList<>();
        if (f.size() > limits.maxFileBytes()) {
            notices.add(new Notice(f.path(), 0, 0, Severity.WARNING, "file-too-large",
                    List.of(String.valueOf(limits.maxFileBytes()))));
            return new FileReport(f.path(), f.kind(), List.of(), List.of(), notices, null, null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(f.absolute())) {
            bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        } catch (IOException e) {
            notices.add(new Notice(f.path(), 0, 0, Severity.WARNING, "file-unreadable", List.of(ProjectWalker.oneLine(e))));
            return new FileReport(f.path(), f.kind(), List.of(), List.of(), notices, null, null);
        }
        if (bytes.length > limits.maxFileBytes()) {
            notices.add(new Notice(f.path(), 0, 0, Severity.WARNING, "file-too-large",
                    List.of(String.valueOf(limits.maxFileBytes()))));
            return new FileReport(f.path(), f.kind(), List.of(), List.of(), notices, null, null);
        }
        return f.kind() == FileKind.DOCKERFILE ? dockerfile(f, bytes) : yamlFile(f, bytes, linked);
    }

    private FileReport dockerfile(ProjectFile f, byte[] bytes) {
        List<Notice> notices = new ArrayList<>();
        Dockerfile d;
        MigrationResult r;
        try {
            d = new DockerfileParser(InputLimits.standard()).parse(bytes);
            r = migrator.migrate(d, options, texts);
        } catch (DockerfileSyntaxException e) {
            notices.add(new Notice(f.path(), e.line(), 0, Severity.WARNING, "dockerfile-unreadable",
                    List.of(texts.get(e.key(), e.messageArgs()))));
            return new FileReport(f.path(), f.kind(), List.of(), List.of(), notices, null, null);
        }
        Found found = new Found();
        DockerfileReader.read(f, d, found);
        notices.addAll(found.notices);
        List<Finding> rest = new ArrayList<>(r.findings());
        List<DiscoveredReference> refs = new ArrayList<>();
        for (FoundReference ref : found.references) {
            if (ref.place() == PlaceKind.DOCKERFILE_FROM) {
                refs.add(from(ref, r, rest));
            } else {
                String flag = (ref.place() == PlaceKind.DOCKERFILE_COPY_FROM ? "--from=" : "from=") + ref.reference();
                DiscoveredReference x = assessor.assess(ref, !r.dockerfile().contains(flag));
                // the migration's own findings on that line, when it has any, rather than a second copy
                List<Finding> mine = new ArrayList<>();
                rest.removeIf(y -> y.line() == ref.line() && mine.add(y));
                if (!mine.isEmpty()) {
                    x = new DiscoveredReference(x.found(), x.status(), x.replacement(), x.written(), x.dhi(),
                            x.upstream(), mine);
                }
                refs.add(x);
                notWritten(x, notices);
            }
        }
        return new FileReport(f.path(), f.kind(), refs, rest, notices, r.input(), r.changed() ? r.dockerfile() : null,
                found.stages);
    }

    /** A {@code FROM}: the replacement the migration wrote, with the findings on its line. */
    private DiscoveredReference from(FoundReference ref, MigrationResult r, List<Finding> rest) {
        StageResult stage = null;
        for (StageResult s : r.stages()) {
            if (s.line() <= ref.line() && (stage == null || s.line() >= stage.line())) {
                stage = s;
            }
        }
        List<Finding> mine = new ArrayList<>();
        int line = stage == null ? ref.line() : stage.line();
        rest.removeIf(x -> {
            if (x.line() == line || x.line() == ref.line()) {
                mine.add(x);
                return true;
            }
            return false;
        });
        boolean build = stage == null || stage.role() == StageRole.UNKNOWN ? ref.build() : stage.role() == StageRole.BUILD;
        FoundReference used = new FoundReference(ref.file(), ref.line(), ref.column(), ref.place(), ref.reference(),
                ref.context(), build, null, ref.templated());
        String written = stage == null ? null : stage.reference();
        if (ref.templated()) {
            Status status = written == null ? Status.UNRESOLVED : Status.COUNTERPART;
            return new DiscoveredReference(used, status, written, written != null, null, null, mine);
        }
        ReferenceMigration m = assessor.migrate(used);
        Status status = Status.of(m.status());
        String replacement = written != null ? written : m.replacement();
        return new DiscoveredReference(used, status, replacement, written != null && !written.equals(ref.reference()),
                assessor.dhiFacts(m), assessor.upstream(m), mine);
    }

    private FileReport yamlFile(ProjectFile f, byte[] bytes, Found found) {
        List<Notice> notices = new ArrayList<>();
        for (byte b : bytes) {
            if (b == 0) {
                return unreadable(f, notices, 0, 0, texts.get("discover.reason.binary"));
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unreadable(f, notices, 0, 0, texts.get("discover.reason.encoding"));
        }
        boolean bom = text.startsWith("\uFEFF");
        if (bom) {
            text = " " + text.substring(1); // SnakeYAML skips a byte order mark; a blank keeps every offset
        }
        if (f.kind() == FileKind.KUBERNETES && !KubernetesReader.mayHoldManifest(text)) {
            return null;
        }
        List<PositionedYaml.Document> docs;
        try {
            docs = yaml.read(text);
        } catch (PositionedYaml.YamlException e) {
            if (f.kind() == FileKind.KUBERNETES && (text.contains("{{") || text.contains("{%"))) {
                return null; // a template of another tool (Helm, Jinja), not YAML yet
            }
            return unreadable(f, notices, e.line(), e.column(), e.getMessage());
        }
        switch (f.kind()) {
            case COMPOSE -> ComposeReader.read(f, text, docs, env(f), found);
            case KUBERNETES -> KubernetesReader.read(f, text, docs, found);
            case KUSTOMIZATION -> KubernetesReader.kustomization(f, text, docs, found);
            case HELM_VALUES -> HelmReader.values(f, text, docs, found);
            case HELM_CHART -> HelmReader.chart(f, docs, found);
            case GITHUB_WORKFLOW -> CiReader.github(f, text, docs, found);
            case GITLAB_CI -> CiReader.gitlab(f, text, docs, found);
            default -> throw new IllegalStateException("not a YAML kind " + f.kind());
        }
        notices.addAll(found.notices);
        if (found.references.isEmpty() && notices.isEmpty()) {
            return null;
        }
        YamlRewriter rewriter = new YamlRewriter();
        List<DiscoveredReference> refs = new ArrayList<>();
        for (FoundReference ref : found.references) {
            if (ref.place() == PlaceKind.COMPOSE_BUILD) {
                refs.add(new DiscoveredReference(ref, Status.UNRESOLVED, null, false, null, null, List.of()));
                continue;
            }
            DiscoveredReference x = assessor.assess(ref, ref.target() != null);
            if (x.written() && !rewriter.replace(ref.target(), x.replacement())) {
                // the value is shared (a merged anchor) and another place wants another replacement
                x = new DiscoveredReference(x.found(), x.status(), x.replacement(), false, x.dhi(), x.upstream(),
                        x.findings());
            }
            if (ref.templated()) {
                notices.add(new Notice(f.path(), ref.line(), ref.column(), Severity.INFO, "templated-reference",
                        List.of(ref.reference())));
            }
            notWritten(x, notices);
            refs.add(x);
        }
        String migrated = rewriter.apply(text);
        String original = bom ? "\uFEFF" + text.substring(1) : text;
        migrated = bom ? "\uFEFF" + migrated.substring(1) : migrated;
        return new FileReport(f.path(), f.kind(), refs, List.of(), notices, original,
                migrated.equals(original) ? null : migrated);
    }

    /** The variables of the {@code .env} file beside a compose file (compose reads it by default). */
    private Variables env(ProjectFile f) {
        java.nio.file.Path env = f.absolute().resolveSibling(".env");
        try {
            if (Files.isRegularFile(env, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(env) <= 256 * 1024) {
                return Variables.parse(Files.readString(env, StandardCharsets.UTF_8));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable .env resolves nothing: the values stay unresolved
        }
        return Variables.none();
    }

    /** A notice for a replacement that {@code --write} does not write. */
    private static void notWritten(DiscoveredReference x, List<Notice> notices) {
        boolean replaceable = x.status() == Status.COUNTERPART || x.status() == Status.LINE_ENDED;
        if (replaceable && x.replacement() != null && !x.written()
                && x.found().place() != PlaceKind.HELM_DEPENDENCY) {
            FoundReference f = x.found();
            notices.add(new Notice(f.file(), f.line(), f.column(), Severity.INFO, "not-editable",
                    List.of(f.reference(), x.replacement())));
        }
    }

    private static FileReport unreadable(ProjectFile f, List<Notice> notices, int line, int column, String why) {
        notices.add(new Notice(f.path(), line, column, Severity.WARNING, "yaml-unreadable", List.of(why)));
        return new FileReport(f.path(), f.kind(), List.of(), List.of(), notices, null, null);
    }
}
