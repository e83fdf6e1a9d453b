package dev.dhipicker.ui;

import dev.dhipicker.catalog.CatalogException;
import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.ui.model.Engine;
import dev.dhipicker.ui.model.Step;
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
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "DHI Picker" window: menu, step list, the current page, Back/Next buttons and a footer
 * with the catalog's provenance. Pages are built lazily, the first one before the window shows.
 */
public final class MainWindow {
    /** Default and minimum window sizes the layout is checked at. */
    public static final double WIDTH = 1000;
    public static final double HEIGHT = 700;

    private final Stage stage;
    private final WizardModel model;
    private Messages messages;
    private final Services services;
    private final ResultsPage.Actions actions;
    private final Map<Step, Page> pages = new EnumMap<>(Step.class);
    private final Map<Step, Label> stepLabels = new EnumMap<>(Step.class);
    private final ScrollPane pageHost = new ScrollPane();
    {
        pageHost.setFitToWidth(true);
        pageHost.setId("page-host");
        pageHost.getStyleClass().add("dp-page-host");
    }
    private Button back;
    private Button next;
    private final Label footer = new Label();
    private final Scene scene;

    public MainWindow(Stage stage, WizardModel model, Messages messages, Services services, ResultsPage.Actions actions) {
        this.stage = stage;
        this.model = model;
        this.messages = messages;
        this.services = services;
        this.actions = actions;

        scene = new Scene(build(), WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        // Enter means Next everywhere except on a push button (Copy, Export...) or an open drop-down;
        // radio buttons and lists would otherwise keep it from the default button.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || next.isDisabled() || !next.isVisible()) {
                return;
            }
            Node owner = scene.getFocusOwner();
            boolean pushButton = owner instanceof ButtonBase && !(owner instanceof RadioButton);
            boolean openDropDown = owner instanceof ComboBoxBase<?> box && box.isShowing();
            if (!pushButton && !openDropDown) {
                next.fire();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });

        model.stepProperty().addListener((o, was, now) -> show(now));
        model.workloadProperty().addListener((o, was, now) -> updateButtons());
        model.engineProperty().addListener((o, was, now) -> updateFooter(now));
        updateFooter(model.engineProperty().get());
        show(model.stepProperty().get());
    }

    /** Builds the window's content in the current language. */
    private BorderPane build() {
        pages.clear();
        stepLabels.clear();
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
        next.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(next, false);
        Button cancel = new Button(messages.get("ui.button.cancel"));
        cancel.setId("cancel-button");
        cancel.setCancelButton(true);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        cancel.setOnAction(e -> cancel());
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(back, next, cancel);
        buttons.setId("wizard-buttons");

        footer.setId("catalog-footer");
        footer.getStyleClass().add("dp-footer");
        VBox bottom = new VBox(buttons, footer);
        bottom.getStyleClass().add("dp-bottom");


        BorderPane root = new BorderPane(pageHost, menu(), null, bottom, steps());
        root.getStyleClass().add("dp-lang-" + messages.textLanguage()); // per-language font rules in app.css
        root.getStyleClass().add("dp-root");
        stage.setTitle(messages.get("app.title"));
        return root;
    }

    /** Switches the interface language at once; answers and the current page stay. */
    public void switchLanguage(Messages newMessages) {
        try {
            model.switchLanguage(newMessages.textLanguage());
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

    private MenuBar menu() {
        MenuItem open = new MenuItem(messages.get("ui.menu.openCatalog"));
        open.setId("menu-open-catalog");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> openCatalog());
        MenuItem startOver = new MenuItem(messages.get("ui.menu.startOver"));
        startOver.setId("menu-start-over");
        startOver.setOnAction(e -> model.startOver());
        MenuItem quit = new MenuItem(messages.get("ui.menu.quit"));
        quit.setId("menu-quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> cancel());
        Menu file = new Menu(messages.get("ui.menu.file"), null, open, startOver, quit);
        file.setId("menu-file");
        Menu language = new Menu(messages.get("ui.menu.language"));
        language.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale l : new Locale[]{Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            // each language is named in itself, so it can be found whatever the current one is
            RadioMenuItem item = new RadioMenuItem(Messages.forLocale(l).get("ui.language.self"));
            item.setId("menu-language-" + l.toLanguageTag().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(Messages.forLocale(l).textLanguage().equals(messages.textLanguage()));
            item.setOnAction(e -> {
                if (!Messages.forLocale(l).textLanguage().equals(messages.textLanguage())) {
                    switchLanguage(Messages.forLocale(l));
                }
            });
            language.getItems().add(item);
        }
        MenuBar bar = new MenuBar(file, language);
        bar.setId("menu-bar");
        return bar;
    }

    private VBox steps() {
        VBox box = new VBox();
        box.setId("step-list");
        box.getStyleClass().add("dp-steps");
        String[] keys = {"ui.step.workload", "ui.step.libc", "ui.step.size", "ui.step.compliance", "ui.step.helm",
                "ui.step.results"};
        for (Step s : Step.values()) {
            Label l = new Label((s.ordinal() + 1) + "  " + messages.get(keys[s.ordinal()]));
            l.setId("step-" + s.name().toLowerCase(java.util.Locale.ROOT));
            l.getStyleClass().add("dp-step");
            stepLabels.put(s, l);
            box.getChildren().add(l);
        }
        box.setPadding(new Insets(16));
        return box;
    }

    private Page page(Step s) {
        return pages.computeIfAbsent(s, k -> {
            PageContext ctx = new PageContext(model, messages, services);
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
        Page p = page(s);
        pageHost.setContent(p.node());
        pageHost.setVvalue(0);
        for (Map.Entry<Step, Label> e : stepLabels.entrySet()) {
            e.getValue().getStyleClass().removeAll("dp-step-current", "dp-step-done");
            if (e.getKey() == s) {
                e.getValue().getStyleClass().add("dp-step-current");
            } else if (e.getKey().ordinal() < s.ordinal()) {
                e.getValue().getStyleClass().add("dp-step-done");
            }
        }
        updateButtons();
        Node focus = p.initialFocus();
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
    }

    private void updateButtons() {
        Step s = model.stepProperty().get();
        back.setDisable(s == Step.WORKLOAD);
        next.setDisable(!model.canGoNext());
        next.setText(messages.get(s == Step.HELM ? "ui.button.showResults" : "ui.button.next"));
        next.setVisible(s != Step.RESULTS);
    }

    private void updateFooter(Engine e) {
        CatalogInfo info = e.catalog().info();
        String origin = "bundled".equals(e.origin()) ? messages.get("ui.footer.bundled") : e.origin();
        footer.setText(messages.get("ui.footer.catalog", info.snapshotDate().toString(), info.source(), origin));
    }

    private void openCatalog() {
        Optional<Path> file = services.files().chooseCatalogFile();
        if (file.isEmpty()) {
            return;
        }
        try {
            model.openCatalog(file.get());
        } catch (CatalogException ex) {
            services.dialogs().error(messages.get("ui.error.catalog.title"), messages.get("ui.error.catalog.header"),
                    ex.getMessage());
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
