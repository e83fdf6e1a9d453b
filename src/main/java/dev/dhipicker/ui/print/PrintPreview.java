package dev.dhipicker.ui.print;

import dev.dhipicker.export.ComparisonSheet;
import dev.dhipicker.export.Paper;
import dev.dhipicker.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * The print preview: the sheet's pages as they will be printed, then "Print…" hands over to the
 * system print dialog. What happens after that is reported by the {@code onPrint} callback.
 */
public final class PrintPreview {
    private final Stage stage = new Stage();

    /**
     * @param owner    the main window
     * @param sheet    the sheet to show
     * @param paper    the paper the preview is laid out for
     * @param printer  lays the pages out
     * @param messages interface strings
     * @param onPrint  called (on the FX thread) when the user clicks Print…; the preview closes first
     */
    public PrintPreview(Window owner, ComparisonSheet sheet, Paper paper, SheetPrinter printer, Messages messages,
                        Runnable onPrint) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("print.preview.title"));
        List<Node> pages = printer.preview(sheet, paper);
        VBox list = new VBox();
        list.getStyleClass().add("dp-print-pages");
        list.setAlignment(Pos.TOP_CENTER);
        for (Node page : pages) {
            StackPane frame = new StackPane(page);
            frame.getStyleClass().add("dp-print-page");
            frame.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            list.getChildren().add(frame);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setId("print-preview-pages");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dp-page-host");
        // the paper the pages are laid out on, named as people know it
        String paperName = messages.get(switch (paper) {
            case A4 -> "print.preview.paper.a4";
            case LETTER -> "print.preview.paper.letter";
        });
        Label count = new Label(messages.get("print.preview.pages", pages.size(), paperName));
        count.setId("print-preview-count");
        Button print = new Button(messages.get("print.preview.print"));
        print.setId("print-preview-print");
        print.setDefaultButton(true);
        ButtonBar.setButtonData(print, ButtonBar.ButtonData.OK_DONE);
        print.setOnAction(e -> {
            stage.close();
            onPrint.run();
        });
        Button close = new Button(messages.get("print.preview.close"));
        close.setId("print-preview-close");
        close.setCancelButton(true);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        close.setOnAction(e -> stage.close());
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(print, close);
        VBox bottom = new VBox(count, bar);
        bottom.getStyleClass().add("dp-bottom");
        BorderPane root = new BorderPane(scroll, null, null, bottom, null);
        root.setId("print-preview");
        root.getStyleClass().addAll("dp-root", "dp-lang-" + messages.textLanguage());
        Scene scene = new Scene(root, 760, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    /** Shows the preview. */
    public void show() {
        stage.show();
    }
}
