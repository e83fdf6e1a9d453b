package dev.dhipicker.ui;

import dev.dhipicker.i18n.Messages;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import java.util.Locale;
import java.util.function.Consumer;

/** The main window's menu bar: File (open catalog, start from a Dockerfile, open project, start over, quit) and Language. */
final class WindowMenu {
    private WindowMenu() {
    }

    static MenuBar build(Messages messages, Runnable openCatalog, Runnable startFromDockerfile, Runnable openProject,
                         Runnable startOver, Runnable quit,
                         Consumer<Messages> switchLanguage) {
        MenuItem open = new MenuItem(messages.get("ui.menu.openCatalog"));
        open.setId("menu-open-catalog");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> openCatalog.run());
        MenuItem fromDockerfile = new MenuItem(messages.get("ui.menu.startFromDockerfile"));
        fromDockerfile.setId("menu-start-from-dockerfile");
        fromDockerfile.setOnAction(e -> startFromDockerfile.run());
        MenuItem project = new MenuItem(messages.get("ui.menu.openProject"));
        project.setId("menu-open-project");
        project.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        project.setOnAction(e -> openProject.run());
        MenuItem again = new MenuItem(messages.get("ui.menu.startOver"));
        again.setId("menu-start-over");
        again.setOnAction(e -> startOver.run());
        MenuItem exit = new MenuItem(messages.get("ui.menu.quit"));
        exit.setId("menu-quit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> quit.run());
        Menu file = new Menu(messages.get("ui.menu.file"), null, open, fromDockerfile, project, again, exit);
        file.setId("menu-file");
        MenuMnemonics.install(file);
        Menu language = new Menu(messages.get("ui.menu.language"));
        language.setId("menu-language");
        MenuMnemonics.install(language);
        ToggleGroup group = new ToggleGroup();
        for (Locale l : new Locale[]{Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            // each language is named in itself, so it can be found whatever the current one is
            RadioMenuItem item = new RadioMenuItem(Messages.forLocale(l).get("ui.language.self"));
            item.setId("menu-language-" + l.toLanguageTag().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(Messages.forLocale(l).textLanguage().equals(messages.textLanguage()));
            item.setOnAction(e -> {
                if (!Messages.forLocale(l).textLanguage().equals(messages.textLanguage())) {
                    switchLanguage.accept(Messages.forLocale(l));
                }
            });
            language.getItems().add(item);
        }
        MenuBar bar = new MenuBar(file, language);
        bar.setId("menu-bar");
        return bar;
    }
}
