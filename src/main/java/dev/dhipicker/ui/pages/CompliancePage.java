package dev.dhipicker.ui.pages;

import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.ui.model.WizardModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Page 4: none, FIPS, STIG or both; the paid options carry a badge and the mirrored-repository note. */
public final class CompliancePage implements Page {
    private final VBox root;
    private final Choices<ComplianceNeed> choices;

    public CompliancePage(PageContext c) {
        WizardModel m = c.model();
        choices = new Choices<>(m.complianceProperty(), m::chooseCompliance);
        String badge = c.t("ui.compliance.badge");
        String paid = c.t("ui.compliance.paidNote");
        choices.add(ComplianceNeed.NONE, "compliance-none", c.t("ui.compliance.none"), c.t("ui.compliance.none.hint"), null);
        choices.add(ComplianceNeed.FIPS, "compliance-fips", c.t("ui.compliance.fips"), paid, badge);
        choices.add(ComplianceNeed.STIG, "compliance-stig", c.t("ui.compliance.stig"), paid, badge);
        choices.add(ComplianceNeed.FIPS_STIG, "compliance-fips-stig", c.t("ui.compliance.fipsStig"), paid, badge);

        TextField org = new TextField();
        org.setId("org-field");
        org.setPromptText(c.t("ui.compliance.org.prompt"));
        org.setText(m.orgProperty().get());
        org.textProperty().addListener((o, was, now) -> m.setOrg(now));
        m.orgProperty().addListener((o, was, now) -> {
            if (now == null ? !org.getText().isBlank() : !now.equals(org.getText().strip())) {
                org.setText(now == null ? "" : now);
            }
        });
        Label orgLabel = new Label(c.t("ui.compliance.org"));
        orgLabel.setMnemonicParsing(true);
        orgLabel.setLabelFor(org);
        org.setAccessibleText(c.t("ui.compliance.org").replace("_", ""));
        HBox orgRow = new HBox(orgLabel, org);
        orgRow.getStyleClass().add("dp-row");
        HBox.setHgrow(org, Priority.ALWAYS);
        orgRow.disableProperty().bind(m.complianceProperty().isEqualTo(ComplianceNeed.NONE));
        Label error = Pages.label("", "dp-error");
        error.setId("answer-error");
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var e = m.answerErrorProperty().get();
            return e == null ? null : c.t(e.key(), e.args().toArray());
        }, m.answerErrorProperty()));
        error.visibleProperty().bind(m.answerErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        root = Pages.page("page-compliance", c.t("ui.compliance.title"), null, choices.node(), orgRow, error);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return choices.button(ComplianceNeed.NONE);
    }
}
