package dev.dhipicker.ui.model;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The wizard's one typed model: the answers, the page shown and the recommendation derived
 * from them. State lives in private wrappers exposed read-only and changes only through the
 * command methods; the recommendation is always computed by the engine, never by a page.
 * Saving answers ({@link AnswerMemory}), loading catalogs and texts ({@link EngineSwitcher}) and
 * the reasons an option is disabled ({@link HelmOptions}) are collaborators. It uses JavaFX
 * properties but needs no running toolkit, so it is tested as plain Java.
 */
public final class WizardModel {

    private final ReadOnlyObjectWrapper<Engine> engine = new ReadOnlyObjectWrapper<>(this, "engine");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.WORKLOAD);
    private final ReadOnlyObjectWrapper<Step> reached = new ReadOnlyObjectWrapper<>(this, "reached", Step.WORKLOAD);
    private final ReadOnlyObjectWrapper<String> workload = new ReadOnlyObjectWrapper<>(this, "workload");
    private final ReadOnlyObjectWrapper<String> version = new ReadOnlyObjectWrapper<>(this, "version");
    private final ReadOnlyObjectWrapper<String> flavor = new ReadOnlyObjectWrapper<>(this, "flavor");
    private final ReadOnlyObjectWrapper<LibcNeed> libc = new ReadOnlyObjectWrapper<>(this, "libc", LibcNeed.ANY);
    private final ReadOnlyObjectWrapper<SizePriority> size = new ReadOnlyObjectWrapper<>(this, "size", SizePriority.BALANCED);
    private final ReadOnlyObjectWrapper<ComplianceNeed> compliance = new ReadOnlyObjectWrapper<>(this, "compliance", ComplianceNeed.NONE);
    private final ReadOnlyObjectWrapper<HelmUse> helm = new ReadOnlyObjectWrapper<>(this, "helm", HelmUse.NONE);
    private final ReadOnlyObjectWrapper<String> org = new ReadOnlyObjectWrapper<>(this, "org");
    private final ReadOnlyObjectWrapper<Answers> answers = new ReadOnlyObjectWrapper<>(this, "answers");
    private final ReadOnlyObjectWrapper<Recommendation> recommendation = new ReadOnlyObjectWrapper<>(this, "recommendation");
    private final ReadOnlyObjectWrapper<InvalidAnswerException> answerError = new ReadOnlyObjectWrapper<>(this, "answerError");
    private final ReadOnlyObjectWrapper<HelmDrop> helmDrop = new ReadOnlyObjectWrapper<>(this, "helmDrop");
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(this, "answered");
    private final ObservableList<WorkloadOption> workloads = FXCollections.observableArrayList();
    private final ObservableList<Recommender.VersionLine> versions = FXCollections.observableArrayList();
    private final ObservableList<String> flavors = FXCollections.observableArrayList();
    private final ObservableList<String> flavorsView = FXCollections.unmodifiableObservableList(flavors);
    // One read-only view each: the views listen weakly, so a fresh one per call could be collected.
    private final ObservableList<WorkloadOption> workloadsView = FXCollections.unmodifiableObservableList(workloads);
    private final ObservableList<Recommender.VersionLine> versionsView = FXCollections.unmodifiableObservableList(versions);

    /** A model over an engine (the bundled catalog, usually), with no answers yet. */
    public WizardModel(Engine engine) {
        setEngine(engine);
    }

    // ---- read-only state ----
    public ReadOnlyObjectProperty<Engine> engineProperty() { return engine.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }
    /** The furthest page reached since the last start; the step list goes to any page up to it. */
    public ReadOnlyObjectProperty<Step> reachedProperty() { return reached.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> workloadProperty() { return workload.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> versionProperty() { return version.getReadOnlyProperty(); }
    /** The chosen runtime flavor, or null for the engine's default. */
    public ReadOnlyObjectProperty<String> flavorProperty() { return flavor.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LibcNeed> libcProperty() { return libc.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SizePriority> sizeProperty() { return size.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ComplianceNeed> complianceProperty() { return compliance.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<HelmUse> helmProperty() { return helm.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> orgProperty() { return org.getReadOnlyProperty(); }
    /** The answers as the engine sees them after every change; null before a workload is chosen. */
    public ReadOnlyObjectProperty<Answers> answersProperty() { return answers.getReadOnlyProperty(); }
    /** The recommendation for the current answers; null until a workload is chosen. */
    public ReadOnlyObjectProperty<Recommendation> recommendationProperty() { return recommendation.getReadOnlyProperty(); }
    /** Why the answers could not be used (an invalid org name, say), or null. */
    public ReadOnlyObjectProperty<InvalidAnswerException> answerErrorProperty() { return answerError.getReadOnlyProperty(); }
    /** The Helm answer the last workload change had to drop, or null. */
    public ReadOnlyObjectProperty<HelmDrop> helmDropProperty() { return helmDrop.getReadOnlyProperty(); }
    /** True once the user has given any answer (Esc then asks before closing). */
    public ReadOnlyBooleanProperty answeredProperty() { return answered.getReadOnlyProperty(); }
    /** Language profiles first, then every catalog repository. */
    public ObservableList<WorkloadOption> workloads() { return workloadsView; }
    /** Version lines of the chosen workload, newest first. */
    public ObservableList<Recommender.VersionLine> versions() { return versionsView; }

    /** Runtime flavors of the chosen workload, the engine's default first; empty when it has none to choose. */
    public ObservableList<String> flavors() { return flavorsView; }

    /** The answers as the engine sees them, or empty before a workload is chosen. */
    public Optional<Answers> answers() {
        if (workload.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new Answers(workload.get(), version.get(), libc.get(), size.get(), compliance.get(),
                helm.get(), org.get(), flavor.get()));
    }

    /** Which Helm answers the catalog in use can serve. */
    public HelmOptions helmOptions() {
        return new HelmOptions(engine.get().recommender());
    }

    // ---- commands ----
    public void selectWorkload(String id) {
        if (id == null || id.equals(workload.get())) {
            return;
        }
        workload.set(id);
        version.set(null);
        flavor.set(null);
        refreshVersions();
        OptionState helmState = helmOptions().state(id, helm.get());
        if (!helmState.enabled()) {
            helmDrop.set(new HelmDrop(helm.get(), id, helmState));
            helm.set(HelmUse.NONE);
        } else {
            helmDrop.set(null);
        }
        changed();
    }

    /** Chooses a runtime flavor; null means the engine's default. The version answer is kept when the flavor has it. */
    public void selectFlavor(String value) {
        flavor.set(value);
        refreshVersions();
        if (version.get() != null && versions.stream().noneMatch(v -> v.line().equals(version.get()))) {
            version.set(null);
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
        if (helmOptions().state(workload.get(), value).enabled()) {
            helm.set(value);
            helmDrop.set(null);
            changed();
        }
    }

    public void setOrg(String value) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (Objects.equals(stripped, org.get())) {
            return;
        }
        org.set(stripped);
        changed();
    }

    /** Moves to the next page (only once a workload is chosen and the answers are usable). */
    public void next() {
        if (canGoNext()) {
            show(step.get().next());
        }
    }

    public void back() { show(step.get().previous()); }

    /**
     * Goes to a page: any earlier page, or a later one already reached while the answers are
     * usable (the step list). Returns whether the page changed.
     */
    public boolean goTo(Step target) {
        if (target == step.get() || !canGoTo(target)) {
            return false;
        }
        show(target);
        return true;
    }

    /** Whether a page can be reached from the step list now. */
    public boolean canGoTo(Step target) {
        Step now = step.get();
        return target.ordinal() <= now.ordinal() || (target.ordinal() <= reached.get().ordinal() && answersUsable());
    }

    /** True when Next may move on: a workload is chosen, the answers are valid, results not shown yet. */
    public boolean canGoNext() {
        return answersUsable() && step.get() != Step.RESULTS;
    }

    private boolean answersUsable() {
        return workload.get() != null && answerError.get() == null;
    }

    /** Clears every answer and returns to the first page. */
    public void startOver() {
        workload.set(null);
        version.set(null);
        libc.set(LibcNeed.ANY);
        size.set(SizePriority.BALANCED);
        compliance.set(ComplianceNeed.NONE);
        helm.set(HelmUse.NONE);
        org.set(null);
        flavor.set(null);
        versions.clear();
        flavors.clear();
        recommendation.set(null);
        answerError.set(null);
        helmDrop.set(null);
        answered.set(false);
        step.set(Step.WORKLOAD);
        reached.set(Step.WORKLOAD);
        answers.set(null);
    }

    /**
     * Computes with another engine (another catalog, or texts in another language). The answers
     * stay when the catalog still has their workload; otherwise the wizard starts over.
     */
    public void useEngine(Engine next) {
        setEngine(next);
        if (workload.get() != null && workloads.stream().noneMatch(w -> w.id().equals(workload.get()))) {
            startOver();
            return;
        }
        refreshVersions();
        if (workload.get() != null) {
            recompute();
        }
    }

    /** Takes saved answers (from the last launch) when the catalog still knows their workload. */
    public void restore(Answers a) {
        if (workloads.stream().noneMatch(w -> w.id().equals(a.workload()))) {
            return;
        }
        workload.set(a.workload());
        flavor.set(null);
        refreshVersions();
        if (a.flavor() != null && flavors.contains(a.flavor())) {
            flavor.set(a.flavor());
            refreshVersions();
        }
        version.set(a.version());
        libc.set(a.libc());
        size.set(a.size());
        compliance.set(a.compliance());
        helm.set(helmOptions().state(a.workload(), a.helm()).enabled() ? a.helm() : HelmUse.NONE);
        org.set(a.org());
        recompute();
    }

    /** The chosen workload's profile, or empty for an application image. */
    public Optional<WorkloadProfile> profile() {
        String w = workload.get();
        return w == null ? Optional.empty() : engine.get().recommender().profiles().byId(w);
    }

    // ---- internals ----
    private void show(Step s) {
        step.set(s);
        if (s.ordinal() > reached.get().ordinal()) {
            reached.set(s);
        }
    }

    private void setEngine(Engine e) {
        engine.set(e);
        fillWorkloads(e);
    }

    /** The workload list: the profiles named in the current language, then the catalog's repositories. */
    private void fillWorkloads(Engine e) {
        List<WorkloadOption> all = new ArrayList<>();
        for (WorkloadProfile p : e.recommender().profiles().all()) {
            all.add(new WorkloadOption(p.id(), p.displayName(e.texts().language()), List.of(), null, true));
        }
        for (Repository r : e.catalog().repositories()) {
            all.add(new WorkloadOption(r.name(), r.displayName(), r.categories(), r.description(), false));
        }
        workloads.setAll(all);
    }

    private void refreshVersions() {
        try {
            String w = workload.get();
            flavors.setAll(w == null ? List.of() : engine.get().recommender().flavors(w));
            versions.setAll(w == null ? List.of() : engine.get().recommender().versions(w, flavor.get()));
        } catch (InvalidAnswerException e) {
            versions.clear();
            flavors.clear();
        }
    }

    private void changed() {
        answered.set(true);
        recompute();
    }

    /** Asks the engine again; the answers property changes last, so its listeners see the result. */
    private void recompute() {
        Optional<Answers> a = answers();
        if (a.isEmpty()) {
            recommendation.set(null);
            answers.set(null);
            return;
        }
        try {
            recommendation.set(engine.get().recommender().recommend(a.get()));
            answerError.set(null);
        } catch (InvalidAnswerException e) {
            recommendation.set(null);
            answerError.set(e);
        }
        answers.set(a.get());
    }
}
