package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.ImageMap;
import dev.dhipicker.migrate.AnswerInference;
import dev.dhipicker.migrate.Dockerfile;
import dev.dhipicker.migrate.DockerfileParser;
import dev.dhipicker.migrate.DockerfileSyntaxException;
import dev.dhipicker.migrate.InputLimits;
import dev.dhipicker.migrate.MigrateOptions;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.migrate.Migrator;
import dev.dhipicker.migrate.Texts;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "Start from a Dockerfile": reads a Dockerfile within the migrate parser's limits, fills the
 * wizard answers the {@link AnswerInference} can read from its final image, and migrates it with
 * the engine of the catalog in use and the compliance and organisation answers. The answers a
 * project gives ({@link ProjectAnswerPlan}) are filled and noted the same way. Needs no toolkit.
 */
public final class MigrationSession {

    /**
     * The Dockerfile in use.
     *
     * @param file       where it was read
     * @param dockerfile the parsed file
     * @param inferred   what was inferred from it
     */
    public record Loaded(Path file, Dockerfile dockerfile, AnswerInference.Inferred inferred) {
    }

    /**
     * Why a Dockerfile could not be used: a message key of the interface bundle and its parameters,
     * the last of which may be a nested key (the parser's reason) with its own parameters.
     */
    public static final class OpenException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;
        private final String detailKey;
        private final transient Object[] detailArgs;

        OpenException(String key, Object... args) {
            this(key, args, null, null);
        }

        private OpenException(String key, Object[] args, String detailKey, Object[] detailArgs) {
            super(key);
            this.key = key;
            this.args = args.clone();
            this.detailKey = detailKey;
            this.detailArgs = detailArgs == null ? new Object[0] : detailArgs.clone();
        }

        /** Message key. */
        public String key() {
            return key;
        }

        /** The one-line message in the language of the texts given. */
        public String message(Texts texts) {
            if (detailKey == null) {
                return texts.get(key, args);
            }
            Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
            all[args.length] = texts.get(detailKey, detailArgs);
            return texts.get(key, all);
        }
    }

    /**
     * Answers taken from a project ("Open project…", "Use these answers in the wizard").
     *
     * @param folder the project folder
     * @param plan   what was taken from it and what was not
     */
    public record FromProject(Path folder, ProjectAnswerPlan.Plan plan) {
    }

    private final WizardModel model;
    private final InputLimits limits = InputLimits.standard();
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyObjectWrapper<FromProject> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final javafx.beans.property.ReadOnlyIntegerWrapper opened = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "opened");
    private Catalog mapCatalog;
    private ImageMap map;

    public MigrationSession(WizardModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * How many Dockerfiles were opened: changes with every successful open, also of the same file
     * again (when {@link #loadedProperty()} may stay equal).
     */
    public javafx.beans.property.ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The Dockerfile in use, or null. */
    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The project whose answers are in use (set instead of a Dockerfile), or null. */
    public ReadOnlyObjectProperty<FromProject> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /**
     * Reads and checks a Dockerfile, fills the answers it lets us infer and returns to the first
     * page. Nothing changes when it fails.
     *
     * @throws OpenException naming the file and what is wrong (one line)
     */
    public Loaded open(Path file, Texts texts) throws OpenException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(limits.maxBytes() + 1);
        } catch (NoSuchFileException e) {
            throw new OpenException("ui.migration.error.noFile", file.toString());
        } catch (IOException | RuntimeException e) {
            throw new OpenException("ui.migration.error.read", file.toString(), String.valueOf(e.getMessage()));
        }
        Dockerfile d;
        AnswerInference.Inferred inferred;
        try {
            d = new DockerfileParser(limits).parse(bytes);
            Engine e = model.engineProperty().get();
            inferred = new AnswerInference(e.recommender(), map(e)).infer(d);
            migrator(e).migrate(d, options(), texts); // a FROM that is no image reference is refused now
        } catch (DockerfileSyntaxException e) {
            throw syntax(file, e);
        }
        fill(inferred);
        Loaded l = new Loaded(file, d, inferred);
        project.set(null);
        loaded.set(l);
        opened.set(opened.get() + 1);
        return l;
    }

    /**
     * Fills the answers taken from a project as {@link #open} fills those of a Dockerfile (the same
     * commands, kept and noted the same way) and returns to the first page. An answer the plan does
     * not give (the C library, the size) keeps its value; a Dockerfile in use is forgotten, since
     * the answers no longer come from it.
     *
     * @throws IllegalArgumentException when the plan takes no workload
     */
    public void useProjectAnswers(Path folder, ProjectAnswerPlan.Plan plan) {
        if (!plan.any()) {
            throw new IllegalArgumentException("the plan takes no workload");
        }
        fill(plan.inferred());
        loaded.set(null);
        project.set(new FromProject(folder, plan));
        opened.set(opened.get() + 1);
    }

    /** Sets the inferred answers through the model's commands; a null libc or size answer is not inferred. */
    private void fill(AnswerInference.Inferred inferred) {
        if (inferred.any()) {
            model.selectWorkload(inferred.workload());
            model.selectVersion(inferred.version());
            if (inferred.libc() != null) {
                model.chooseLibc(inferred.libc());
            }
            if (inferred.size() != null) {
                model.chooseSize(inferred.size());
            }
        }
        model.goTo(Step.WORKLOAD);
    }

    /**
     * Migrates the Dockerfile in use with the current compliance and organisation answers.
     *
     * @throws OpenException when no Dockerfile is in use or it cannot be migrated
     */
    public MigrationResult migrate(Texts texts) throws OpenException {
        Loaded l = loaded.get();
        if (l == null) {
            throw new OpenException("ui.migration.error.none");
        }
        try {
            return migrator(model.engineProperty().get()).migrate(l.dockerfile(), options(), texts);
        } catch (DockerfileSyntaxException e) {
            throw syntax(l.file(), e);
        }
    }

    /**
     * The inferred answers the user has kept, as answer ids ({@code workload}, {@code version},
     * {@code libc}, {@code size}); empty when none or no Dockerfile is in use.
     */
    public List<String> keptInferences() {
        AnswerInference.Inferred in = loaded.get() != null ? loaded.get().inferred()
                : project.get() != null ? project.get().plan().inferred() : null;
        List<String> out = new ArrayList<>();
        if (in == null || !in.any() || !in.workload().equals(model.workloadProperty().get())) {
            return out;
        }
        out.add("workload");
        if (in.version() != null && in.version().equals(model.versionProperty().get())) {
            out.add("version");
        }
        if (in.libc() != null && in.libc() == model.libcProperty().get()) {
            out.add("libc");
        }
        if (in.size() != null && in.size() == model.sizeProperty().get()) {
            out.add("size");
        }
        return out;
    }

    /** Forgets the Dockerfile and the project answers (Start over). */
    public void clear() {
        loaded.set(null);
        project.set(null);
    }

    private static OpenException syntax(Path file, DockerfileSyntaxException e) {
        return new OpenException("ui.migration.error.syntax", new Object[]{file.toString()}, e.key(), e.messageArgs());
    }

    private MigrateOptions options() {
        return new MigrateOptions(null, model.complianceProperty().get(), model.orgProperty().get());
    }

    private Migrator migrator(Engine e) throws OpenException {
        return new Migrator(e.recommender(), map(e));
    }

    /** The bundled mapping, checked against the catalog in use (loaded again when the catalog changes). */
    private ImageMap map(Engine e) throws OpenException {
        if (map == null || mapCatalog != e.catalog()) {
            try {
                map = ImageMap.loadBundled(e.catalog());
                mapCatalog = e.catalog();
            } catch (CatalogException ex) {
                throw new OpenException("ui.migration.error.map", ex.getMessage());
            }
        }
        return map;
    }
}
