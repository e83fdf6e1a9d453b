package dev.dhipicker.ui;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.Engine;
import dev.dhipicker.ui.model.EngineSwitcher;
import dev.dhipicker.ui.model.Step;
import dev.dhipicker.ui.model.WindowPlacementStore;
import dev.dhipicker.ui.model.WizardModel;
import dev.dhipicker.ui.pages.CompliancePage;
import dev.dhipicker.ui.pages.HelmPage;
import dev.dhipicker.ui.pages.LibcPage;
import dev.dhipicker.ui.pages.Page;
import dev.dhipicker.ui.pages.PageContext;
import dev.dhipicker.ui.pages.ResultsPage;
import dev.dhipicker.ui.pages.SizePage;
import dev.dhipicker.ui.pages.WorkloadPage;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "DHI Picker" window: menu, step list, the current page, Back/Next buttons and a footer
 * with the catalog's provenance. Pages are built lazily, the first one before the window shows;
 * pages replaced by a language switch are detached from the model.
 */
public final class MainWindow {
    /** Default window size; the layout is checked at it and at the minimum, 800×600. */
    public static final double WIDTH = 1000;
    public static final double HEIGHT = 700;

    private final Stage stage;
    private final WizardModel model;
    private final EngineSwitcher engines;
    private Messages messages;
    private final Services services;
    private final ResultsPage.Actions actions;
    private final MigrationController dockerfile;
    private final ProjectController project;
    private final Map<Step, Page> pages = new EnumMap<>(Step.class);
    private final ScrollPane pageHost = new ScrollPane();
    {
        pageHost.setFitToWidth(true);
        pageHost.setId("page-host");
        pageHost.getStyleClass().add("dp-page-host");
    }
    private StepList steps;
    private Button back;
    private Button next;
    private Button cancel;
    private Page current;
    private final InvalidationListener readyChanged = o -> updateButtons();
    private final CatalogFooter footer;
    private final Scene scene;

    public MainWindow(Stage stage, WizardModel model, EngineSwitcher engines, Messages messages, Services services,
                      ResultsPage.Actions actions, WindowPlacementStore placements) {
        this(stage, model, engines, messages, services, actions, placements, CatalogUpdates.unavailable());
    }

    /** The window with the catalog's age judged by {@code updates}' clock and, when it has an updater, "Update catalog…". */
    public MainWindow(Stage stage, WizardModel model, EngineSwitcher engines, Messages messages, Services services,
                      ResultsPage.Actions actions, WindowPlacementStore placements, CatalogUpdates updates) {
        CatalogUpdateAction update = new CatalogUpdateAction(stage, model, engines, services, () -> this.messages, updates);
        this.footer = new CatalogFooter(updates.clock(), update.available(), update::open);
        this.stage = stage;
        this.model = model;
        this.engines = engines;
        this.messages = messages;
        this.services = services;
        this.actions = actions;
        this.dockerfile = new MigrationController(stage, model, services, () -> this.messages);
        this.project = new ProjectController(stage, model, dockerfile.session(), services, () -> this.messages);

        scene = new Scene(build(), WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::enter);
        stage.setScene(scene);
        new WindowPlacer(placements).place(stage, WIDTH, HEIGHT);
        stage.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });

        model.stepProperty().addListener((o, was, now) -> show(now));
        model.workloadProperty().addListener((o, was, now) -> updateButtons());
        model.answerErrorProperty().addListener((o, was, now) -> updateButtons());
        model.engineProperty().addListener((o, was, now) -> updateFooter(now));
        updateFooter(model.engineProperty().get());
        show(model.stepProperty().get());
    }

    /**
     * Enter means Next everywhere except on a push button (Copy, Export...) or an open drop-down;
     * radio buttons and lists would otherwise keep it from the default button. The page sees it
     * first (the workload page takes the top match of the search).
     */
    private void enter(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || !next.isVisible()) {
            return;
        }
        Node owner = scene.getFocusOwner();
        boolean pushButton = owner instanceof ButtonBase && !(owner instanceof RadioButton);
        boolean openDropDown = owner instanceof ComboBoxBase<?> box && box.isShowing();
        if (pushButton || openDropDown) {
            return;
        }
        current.beforeEnter();
        if (!next.isDisabled()) {
            next.fire();
            e.consume();
        }
    }

    /** Builds the window's content in the current language. */
    private BorderPane build() {
        pages.values().forEach(Page::dispose);
        pages.clear();
        back = new Button(messages.get("ui.button.back"));
        back.setId("back-button");
        back.setMnemonicParsing(true);
        ButtonBar.setButtonData(back, ButtonBar.ButtonData.BACK_PREVIOUS);
        back.setOnAction(e -> model.back());
        next = new Button(messages.get("ui.button.next"));
        next.setId("next-button");
        next.setMnemonicParsing(true);
        next.setDefaultButton(true);
        ButtonBar.setButtonData(next, ButtonBar.ButtonData.NEXT_FORWARD);
        next.setOnAction(e -> model.next());
        next.setMinWidth(Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(next, false);
        cancel = new Button(messages.get("ui.button.cancel"));
        cancel.setId("cancel-button");
        cancel.setCancelButton(true);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        cancel.setOnAction(e -> cancel());
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(back, next, cancel);
        buttons.setId("wizard-buttons");

        VBox bottom = new VBox(buttons, footer.node());
        bottom.getStyleClass().add("dp-bottom");

        steps = new StepList(model, messages);
        BorderPane root = new BorderPane(pageHost, WindowMenu.build(messages, this::openCatalog, dockerfile::open,
                project::open, this::startOver, this::cancel,
                this::switchLanguage), null, bottom, steps.node());
        root.getStyleClass().add("dp-lang-" + messages.textLanguage()); // per-language font rules in app.css
        root.getStyleClass().add("dp-root");
        stage.setTitle(messages.get("app.title"));
        return root;
    }

    /** Switches the interface language at once; answers and the current page stay. */
    public void switchLanguage(Messages newMessages) {
        try {
            engines.switchLanguage(newMessages.textLanguage());
        } catch (CatalogException e) {
            services.dialogs().error(newMessages.get("ui.error.catalog.title"), newMessages.get("ui.error.catalog.header"),
                    e.getMessage());
            return;
        }
        messages = newMessages;
        scene.setRoot(build());
        updateFooter(model.engineProperty().get());
        show(model.stepProperty().get());
    }

    /** The interface strings in use. */
    public Messages messages() {
        return messages;
    }

    private Page page(Step s) {
        return pages.computeIfAbsent(s, k -> {
            PageContext ctx = new PageContext(model, messages, services, dockerfile);
            return switch (k) {
                case WORKLOAD -> new WorkloadPage(ctx);
                case LIBC -> new LibcPage(ctx);
                case SIZE -> new SizePage(ctx);
                case COMPLIANCE -> new CompliancePage(ctx);
                case HELM -> new HelmPage(ctx);
                case RESULTS -> new ResultsPage(ctx, actions);
            };
        });
    }

    private void show(Step s) {
        if (current != null) {
            current.ready().removeListener(readyChanged);
        }
        current = page(s);
        current.ready().addListener(readyChanged);
        pageHost.setContent(current.node());
        pageHost.setVvalue(0);
        updateButtons();
        Node focus = current.initialFocus();
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
    }

    private void updateButtons() {
        Step s = model.stepProperty().get();
        ObservableBooleanValue ready = current == null ? null : current.ready();
        boolean pageReady = ready == null || ready.get();
        back.setDisable(s == Step.WORKLOAD);
        next.setDisable(!model.canGoNext() || !pageReady);
        next.setText(messages.get(s == Step.HELM ? "ui.button.showResults" : "ui.button.next"));
        next.setVisible(s != Step.RESULTS);
        // on the results page there is nothing left to cancel: the button closes the window
        cancel.setText(messages.get(s == Step.RESULTS ? "ui.button.close" : "ui.button.cancel"));
        if (steps != null && ready != null) {
            steps.update(ready);
        }
    }

    private void updateFooter(Engine e) {
        footer.show(e, messages);
    }

    private void openCatalog() {
        Optional<Path> file = services.files().chooseCatalogFile();
        if (file.isEmpty()) {
            return;
        }
        try {
            engines.openCatalog(file.get());
        } catch (CatalogException ex) {
            services.dialogs().error(messages.get("ui.error.catalog.title"), messages.get("ui.error.catalog.header"),
                    ex.getMessage());
        }
    }

    /** File → Start over: asks first once there is something to lose. */
    private void startOver() {
        if (!model.answeredProperty().get() && model.workloadProperty().get() == null
                || services.dialogs().confirm(messages.get("ui.confirm.startOver.title"),
                messages.get("ui.confirm.startOver.text"))) {
            model.startOver();
            dockerfile.session().clear();
            updateButtons();
        }
    }

    private boolean confirmClose() {
        return !model.answeredProperty().get()
                || services.dialogs().confirm(messages.get("ui.confirm.cancel.title"), messages.get("ui.confirm.cancel.text"));
    }

    private void cancel() {
        if (confirmClose()) {
            stage.close();
        }
    }
}
