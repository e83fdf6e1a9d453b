package dev.dhipicker.ui;

import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

import java.util.Locale;

/**
 * The letter a menu item underlines chooses it while its menu is open (Alt+F, then P for "Open
 * project…"). JavaFX 21 underlines the letters of an open menu but does not act on them on Linux
 * (seen on GTK and on Monocle), so the open menu's popup listens for them itself.
 */
final class MenuMnemonics {
    private MenuMnemonics() {
    }

    static void install(Menu menu) {
        EventHandler<KeyEvent> letters = e -> {
            if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShortcutDown()
                    || !(e.getCode().isLetterKey() || e.getCode().isDigitKey())) {
                return;
            }
            String key = e.getCode().getChar().toUpperCase(Locale.ROOT);
            for (MenuItem item : menu.getItems()) {
                if (item.isVisible() && !item.isDisable() && key.equals(letter(item))) {
                    e.consume();
                    menu.hide();
                    item.fire();
                    return;
                }
            }
        };
        menu.setOnShown(e -> {
            // the popup the menu bar shows the items in
            ContextMenu popup = menu.getItems().isEmpty() ? null : menu.getItems().get(0).getParentPopup();
            if (popup != null) {
                popup.removeEventFilter(KeyEvent.KEY_PRESSED, letters);
                popup.addEventFilter(KeyEvent.KEY_PRESSED, letters);
            }
        });
    }

    /** The upper-case letter after an item's mnemonic marker, or null. */
    static String letter(MenuItem item) {
        String t = item.getText();
        if (!item.isMnemonicParsing() || t == null) {
            return null;
        }
        int at = t.indexOf('_');
        return at < 0 || at + 1 >= t.length() ? null : t.substring(at + 1, at + 2).toUpperCase(Locale.ROOT);
    }
}
