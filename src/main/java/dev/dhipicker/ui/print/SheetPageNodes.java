package dev.dhipicker.ui.print;

import dev.dhipicker.export.SheetPage;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/** Draws a laid-out {@link SheetPage} as JavaFX nodes, one to one, in points. */
final class SheetPageNodes {
    private static final Color RULE = Color.gray(0.55);
    private static final Color SHADE = Color.gray(0.9);

    private SheetPageNodes() {
    }

    /** A white page-sized pane with the page's items; coordinates are points from the top-left. */
    static Pane page(SheetPage page, FxFonts fonts) {
        Pane pane = new Pane();
        pane.setMinSize(page.width(), page.height());
        pane.setPrefSize(page.width(), page.height());
        pane.setMaxSize(page.width(), page.height());
        pane.setStyle("-fx-background-color: white;");
        for (SheetPage.Item item : page.items()) {
            if (item instanceof SheetPage.Shade s) {
                Rectangle r = new Rectangle(s.x(), s.y(), s.width(), s.height());
                r.setFill(SHADE);
                pane.getChildren().add(r);
            }
        }
        for (SheetPage.Item item : page.items()) {
            if (item instanceof SheetPage.Rule r) {
                Line l = new Line(r.x1(), r.y1(), r.x2(), r.y2());
                l.setStroke(RULE);
                l.setStrokeWidth(0.5);
                pane.getChildren().add(l);
            } else if (item instanceof SheetPage.Text t) {
                Text text = new Text(t.x(), t.baseline(), t.text());
                text.setTextOrigin(VPos.BASELINE);
                text.setFont(fonts.font(t.style()));
                text.setFill(Color.BLACK);
                pane.getChildren().add(text);
            }
        }
        return pane;
    }
}
