package dev.dhipicker.migrate;

import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.Recommender;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Migrates a Dockerfile to Docker Hardened Images: every {@code FROM} the mapping knows gets the
 * image the engine recommends (a {@code -dev} image where a stage runs commands, a runtime image
 * for the final stage whenever it can), and every step that will not work on a shell-less,
 * non-root runtime image becomes a finding. Everything it does not change stays byte for byte.
 * The engine's answers are remembered for the life of the migrator (the engine is a pure function
 * of its answers and its clock), so repeated migrations, as in the wizard, do not ask twice.
 */
public final class Migrator {
    private final Recommender engine;
    private final ImageMap map;
    private final Map<String, ImageChooser.Choice> choices = new ConcurrentHashMap<>();
    private final Map<String, List<Recommender.VersionLine>> lines = new ConcurrentHashMap<>();

    public Migrator(Recommender engine, ImageMap map) {
        this.engine = engine;
        this.map = map;
    }

    /**
     * Checks the options against the engine's own rules (the organisation name), so that a bad
     * option is reported as such rather than as images the engine could not choose.
     *
     * @throws InvalidAnswerException naming the option that is wrong
     */
    public void check(MigrateOptions options) throws InvalidAnswerException {
        if (options.org() != null && !engine.profiles().all().isEmpty()) {
            String any = engine.profiles().all().get(0).id();
            engine.recommend(Answers.defaults(any).withCompliance(options.compliance()).withOrg(options.org()));
        }
    }

    /**
     * Migrates a parsed Dockerfile.
     *
     * @param texts resolves the comments written into the migrated file
     * @throws DockerfileSyntaxException when a {@code FROM} names something that is not an image reference
     */
    public MigrationResult migrate(Dockerfile d, MigrateOptions options, Texts texts) throws DockerfileSyntaxException {
        StageReader.Result read = StageReader.read(d);
        MigrationRun run = new MigrationRun(chooser(options), map, d, options, texts, read);
        for (Stage s : read.stages()) {
            run.stage(s);
        }
        run.finishArgs();
        new ExternalImages(run, run.allStageNames()).apply(read.stages());
        List<Finding> findings = new ArrayList<>(run.findings);
        findings.sort(Comparator.comparingInt(Finding::line));
        return new MigrationResult(d.text(), run.edits.apply(), run.results, findings);
    }

    /**
     * Migrates one image reference by the same rules as a {@code FROM} line: the DHI image the
     * engine recommends for it, the build image for a {@link ReferenceUse#BUILD build use} (or an
     * image that only makes sense as a build stage), the runtime image otherwise. Never throws for
     * bad input: an invalid reference is an {@link ReferenceStatus#INVALID} result with an error finding.
     *
     * @param reference the reference as written ({@code python:3.12-slim}, {@code composer:2})
     * @param use       where it is used
     * @param options   the libc, compliance and organisation answers
     */
    public ReferenceMigration migrateReference(String reference, ReferenceUse use, MigrateOptions options) {
        List<Finding> findings = new ArrayList<>();
        String text = reference == null ? "" : reference.strip();
        ReferenceResolver.Resolved r = new ReferenceResolver(map, chooser(options)).resolve(text, 0, findings);
        String replacement = r.replacement(use, text, 0, findings);
        ReferenceStatus status = r.status();
        if (replacement == null && (status == ReferenceStatus.COUNTERPART || status == ReferenceStatus.LINE_ENDED)) {
            status = ReferenceStatus.NO_COUNTERPART; // no-build-image says why
        }
        return new ReferenceMigration(reference, replacement, status, findings);
    }

    private ImageChooser chooser(MigrateOptions options) {
        return new ImageChooser(engine, options, choices, lines);
    }
}
