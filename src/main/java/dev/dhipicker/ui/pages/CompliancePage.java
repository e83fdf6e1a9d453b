package dev.dhipicker.ui.pages;

import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.ui.model.WizardModel;
import javafx.beans.binding.Bindings;
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
    private final Subscriptions subscriptions = new Subscriptions();

    public CompliancePage(PageContext c) {
        WizardModel m = c.model();
        choices = new Choices<>(m.complianceProperty(), m::chooseCompliance, subscriptions);
        String badge = c.t("ui.compliance.badge");
        choices.add(ComplianceNeed.NONE, "compliance-none", c.t("ui.compliance.none"), c.t("ui.compliance.none.hint"), null);
        choices.add(ComplianceNeed.FIPS, "compliance-fips", c.t("ui.compliance.fips"), c.t("ui.compliance.fips.hint"), badge);
        choices.add(ComplianceNeed.STIG, "compliance-stig", c.t("ui.compliance.stig"), c.t("ui.compliance.stig.hint"), badge);
        choices.add(ComplianceNeed.FIPS_STIG, "compliance-fips-stig", c.t("ui.compliance.fipsStig"),
                c.t("ui.compliance.fipsStig.hint"), badge);
        Label paid = Pages.label(c.t("ui.compliance.paidNote"), "dp-hint");
        paid.setId("compliance-paid-note");

        TextField org = new TextField();
        org.setId("org-field");
        org.setPromptText(c.t("ui.compliance.org.prompt"));
        org.setText(m.orgProperty().get() == null ? "" : m.orgProperty().get());
        org.textProperty().addListener((o, was, now) -> m.setOrg(now));
        subscriptions.listen(m.orgProperty(), (o, was, now) -> {
            String shown = org.getText() == null ? "" : org.getText().strip();
            if (now == null ? !shown.isEmpty() : !now.equals(shown)) {
                org.setText(now == null ? "" : now);
            }
        });
        Label orgLabel = new Label(c.t("ui.compliance.org"));
        orgLabel.setMnemonicParsing(true);
        orgLabel.setLabelFor(org);
        org.setAccessibleText(Pages.plain(c.t("ui.compliance.org")));
        HBox orgRow = new HBox(orgLabel, org);
        orgRow.getStyleClass().add("dp-row");
        HBox.setHgrow(org, Priority.ALWAYS);
        subscriptions.bind(orgRow.disableProperty(), m.complianceProperty().isEqualTo(ComplianceNeed.NONE));
        Label error = Pages.label("", "dp-error");
        error.setId("answer-error");
        subscriptions.bind(error.textProperty(), Bindings.createStringBinding(() -> {
            var e = m.answerErrorProperty().get();
            return e == null ? null : c.t(e.key(), e.args().toArray());
        }, m.answerErrorProperty()));
        subscriptions.bind(error.visibleProperty(), m.answerErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        root = Pages.page("page-compliance", c.t("ui.compliance.title"), null, choices.node(), paid, orgRow, error);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return choices.focusTarget();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
