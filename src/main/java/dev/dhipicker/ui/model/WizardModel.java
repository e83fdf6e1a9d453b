package dev.dhipicker.ui.model;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.Repository;
import dev.dhipicker.catalog.WorkloadProfile;
import dev.dhipicker.recommend.Answers;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.InvalidAnswerException;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.Recommendation;
import dev.dhipicker.recommend.Recommender;
import dev.dhipicker.recommend.SizePriority;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wizard's one typed model: the answers, the page shown and the recommendation derived
 * from them. State lives in private wrappers exposed read-only and changes only through the
 * command methods; the recommendation is always computed by the engine, never by a page.
 * It uses JavaFX properties but needs no running toolkit, so it is tested as plain Java.
 */
public final class WizardModel {

    private final EngineLoader loader;
    private final AnswerStore store;
    private String language;

    private final ReadOnlyObjectWrapper<Engine> engine = new ReadOnlyObjectWrapper<>(this, "engine");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.WORKLOAD);
    private final ReadOnlyObjectWrapper<String> workload = new ReadOnlyObjectWrapper<>(this, "workload");
    private final ReadOnlyObjectWrapper<String> version = new ReadOnlyObjectWrapper<>(this, "version");
    private final ReadOnlyObjectWrapper<LibcNeed> libc = new ReadOnlyObjectWrapper<>(this, "libc", LibcNeed.ANY);
    private final ReadOnlyObjectWrapper<SizePriority> size = new ReadOnlyObjectWrapper<>(this, "size", SizePriority.BALANCED);
    private final ReadOnlyObjectWrapper<ComplianceNeed> compliance = new ReadOnlyObjectWrapper<>(this, "compliance", ComplianceNeed.NONE);
    private final ReadOnlyObjectWrapper<HelmUse> helm = new ReadOnlyObjectWrapper<>(this, "helm", HelmUse.NONE);
    private final ReadOnlyObjectWrapper<String> org = new ReadOnlyObjectWrapper<>(this, "org");
    private final ReadOnlyObjectWrapper<Recommendation> recommendation = new ReadOnlyObjectWrapper<>(this, "recommendation");
    private final ReadOnlyObjectWrapper<InvalidAnswerException> answerError = new ReadOnlyObjectWrapper<>(this, "answerError");
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(this, "answered");
    private final ObservableList<WorkloadOption> workloads = FXCollections.observableArrayList();
    private final ObservableList<Recommender.VersionLine> versions = FXCollections.observableArrayList();
    // One read-only view each: the views listen weakly, so a fresh one per call could be collected.
    private final ObservableList<WorkloadOption> workloadsView = FXCollections.unmodifiableObservableList(workloads);
    private final ObservableList<Recommender.VersionLine> versionsView = FXCollections.unmodifiableObservableList(versions);

    /**
     * Loads the bundled catalog and restores the last answers.
     *
     * @throws CatalogException when even the bundled catalog cannot be loaded
     */
    public WizardModel(EngineLoader loader, AnswerStore store, String language) throws CatalogException {
        this.loader = loader;
        this.store = store;
        this.language = language;
        useEngine(loader.bundled(language));
        store.load().ifPresent(this::restore);
    }

    // ---- read-only state ----
    public ReadOnlyObjectProperty<Engine> engineProperty() { return engine.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> workloadProperty() { return workload.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> versionProperty() { return version.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LibcNeed> libcProperty() { return libc.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SizePriority> sizeProperty() { return size.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ComplianceNeed> complianceProperty() { return compliance.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<HelmUse> helmProperty() { return helm.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> orgProperty() { return org.getReadOnlyProperty(); }
    /** The recommendation for the current answers; null until a workload is chosen. */
    public ReadOnlyObjectProperty<Recommendation> recommendationProperty() { return recommendation.getReadOnlyProperty(); }
    /** Why the answers could not be used (an invalid org name, say), or null. */
    public ReadOnlyObjectProperty<InvalidAnswerException> answerErrorProperty() { return answerError.getReadOnlyProperty(); }
    /** True once the user has given any answer (Esc then asks before closing). */
    public ReadOnlyBooleanProperty answeredProperty() { return answered.getReadOnlyProperty(); }
    /** Language profiles first, then every catalog repository. */
    public ObservableList<WorkloadOption> workloads() { return workloadsView; }
    /** Version lines of the chosen workload, newest first. */
    public ObservableList<Recommender.VersionLine> versions() { return versionsView; }

    /** The answers as the engine sees them, or empty before a workload is chosen. */
    public Optional<Answers> answers() {
        if (workload.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new Answers(workload.get(), version.get(), libc.get(), size.get(), compliance.get(),
                helm.get(), org.get()));
    }

    // ---- commands ----
    public void selectWorkload(String id) {
        if (id == null || id.equals(workload.get())) {
            return;
        }
        workload.set(id);
        version.set(null);
        refreshVersions();
        if (!helmState(helm.get()).enabled()) {
            helm.set(HelmUse.NONE);
        }
        changed();
    }

    /** Chooses a version line; null means the newest supported one. */
    public void selectVersion(String line) {
        version.set(line);
        changed();
    }

    public void chooseLibc(LibcNeed value) { libc.set(value); changed(); }

    public void chooseSize(SizePriority value) { size.set(value); changed(); }

    public void chooseCompliance(ComplianceNeed value) { compliance.set(value); changed(); }

    /** Chooses a Helm option; an option the catalog cannot serve is refused. */
    public void chooseHelm(HelmUse value) {
        if (helmState(value).enabled()) {
            helm.set(value);
            changed();
        }
    }

    public void setOrg(String value) {
        org.set(value == null || value.isBlank() ? null : value.strip());
        changed();
    }

    /** Moves to the next page (only once a workload is chosen). */
    public void next() {
        if (canGoNext()) {
            step.set(step.get().next());
        }
    }

    public void back() { step.set(step.get().previous()); }

    public boolean canGoNext() {
        return workload.get() != null && step.get() != Step.RESULTS;
    }

    /** Clears every answer, forgets the saved ones and returns to the first page. */
    public void startOver() {
        workload.set(null);
        version.set(null);
        libc.set(LibcNeed.ANY);
        size.set(SizePriority.BALANCED);
        compliance.set(ComplianceNeed.NONE);
        helm.set(HelmUse.NONE);
        org.set(null);
        versions.clear();
        recommendation.set(null);
        answerError.set(null);
        answered.set(false);
        step.set(Step.WORKLOAD);
        store.clear();
    }

    /**
     * Loads another catalog file. On failure the current catalog stays and the exception
     * says which file and what is wrong.
     */
    public void openCatalog(Path file) throws CatalogException {
        Engine next = loader.fromFile(file, language);
        useEngine(next);
        if (workload.get() != null && workloads.stream().noneMatch(w -> w.id().equals(workload.get()))) {
            startOver();
            return;
        }
        refreshVersions();
        changed();
    }

    /**
     * Shows the explanations in another language ({@code en}, {@code zh-CN}); the catalog, the
     * answers and the recommendation stay as they are.
     */
    public void switchLanguage(String newLanguage) throws CatalogException {
        Engine e = engine.get();
        engine.set(new Engine(e.catalog(), e.recommender(), loader.texts(newLanguage), e.origin()));
        language = newLanguage;
        fillWorkloads(engine.get());
        Recommendation r = recommendation.get();
        recommendation.set(null);
        recommendation.set(r); // views re-render their texts
    }

    /** The language of the explanation texts. */
    public String language() {
        return language;
    }

    /** Whether a Helm option can be served for the chosen workload, and why not. */
    public OptionState helmState(HelmUse option) {
        String w = workload.get();
        if (w == null || option == HelmUse.NONE || option == HelmUse.OWN_CHART) {
            return OptionState.ENABLED;
        }
        try {
            Recommender r = engine.get().recommender();
            if (option == HelmUse.UPSTREAM_CHART && !r.hasCompat(w)) {
                return OptionState.disabled("helm.reason.noCompat", w);
            }
            if (option == HelmUse.DHI_CHART && r.dhiChart(w).isEmpty()) {
                return OptionState.disabled("helm.reason.noChart", w);
            }
        } catch (InvalidAnswerException e) {
            return OptionState.disabled("helm.reason.noCompat", w);
        }
        return OptionState.ENABLED;
    }

    /** The chosen workload's profile, or empty for an application image. */
    public Optional<WorkloadProfile> profile() {
        String w = workload.get();
        return w == null ? Optional.empty() : engine.get().recommender().profiles().byId(w);
    }

    // ---- internals ----
    private void useEngine(Engine e) {
        engine.set(e);
        fillWorkloads(e);
    }

    /** The workload list: the profiles named in the current language, then the catalog's repositories. */
    private void fillWorkloads(Engine e) {
        List<WorkloadOption> all = new ArrayList<>();
        for (WorkloadProfile p : e.recommender().profiles().all()) {
            all.add(new WorkloadOption(p.id(), p.displayName(language), List.of(), null, true));
        }
        for (Repository r : e.catalog().repositories()) {
            all.add(new WorkloadOption(r.name(), r.displayName(), r.categories(), r.description(), false));
        }
        workloads.setAll(all);
    }

    private void refreshVersions() {
        try {
            versions.setAll(workload.get() == null ? List.of() : engine.get().recommender().versions(workload.get()));
        } catch (InvalidAnswerException e) {
            versions.clear();
        }
    }

    private void restore(Answers a) {
        if (workloads.stream().noneMatch(w -> w.id().equals(a.workload()))) {
            return;
        }
        workload.set(a.workload());
        refreshVersions();
        version.set(a.version());
        libc.set(a.libc());
        size.set(a.size());
        compliance.set(a.compliance());
        helm.set(helmState(a.helm()).enabled() ? a.helm() : HelmUse.NONE);
        org.set(a.org());
        changed();
    }

    private void changed() {
        answered.set(true);
        Optional<Answers> a = answers();
        if (a.isEmpty()) {
            recommendation.set(null);
            return;
        }
        try {
            recommendation.set(engine.get().recommender().recommend(a.get()));
            answerError.set(null);
            store.save(a.get());
        } catch (InvalidAnswerException e) {
            recommendation.set(null);
            answerError.set(e);
        }
    }
}
