package dev.dhipicker.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Small layout helpers shared by the pages. */
final class Pages {
    private Pages() {
    }

    /** A page body: a title, an optional hint and the content, with the page's style class. */
    static VBox page(String id, String title, String hint, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("dp-page-title");
        t.setWrapText(true);
        VBox box = new VBox(t);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("dp-page-hint");
            h.setWrapText(true);
            box.getChildren().add(h);
        }
        box.getChildren().addAll(content);
        box.getStyleClass().add("dp-page");
        box.setId(id);
        return box;
    }

    /** A label text without its mnemonic marker ({@code _Balanced}, {@code 均衡(_A)}). */
    static String plain(String text) {
        return text.replaceAll("\\(_\\p{Alnum}\\)", "").replace("_", "").strip();
    }

    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
