package dev.dhipicker;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The layering rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dhipicker");
        assertThat(classes).as("main classes were found").hasSizeGreaterThan(20);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.dhipicker.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the engine, exports and CLI must run headless, without a display or the JavaFX toolkit");
        rule.check(classes);
    }

    @Test
    void theWizardModelUsesNoJavaFxControls() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.dhipicker.ui.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.print..", "org.controlsfx..")
                .because("the model holds answers and commands as properties and is tested without a toolkit;"
                        + " controls, windows and dialogs belong to the pages");
        rule.check(classes);
    }

    @Test
    void jacksonStaysInTheCatalogPackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.dhipicker.catalog")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("file formats are the catalog package's business; everything else sees records");
        rule.check(classes);
    }

    @Test
    void snakeYamlStaysInTheCatalogPackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.dhipicker.catalog")
                .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..")
                .because("YAML is read in the catalog package (PositionedYaml for discover, YamlReader for the"
                        + " importer): one place bounds aliases, depth and size; discover sees positioned records");
        rule.check(classes);
    }

    @Test
    void pdfBoxStaysInTheExportPackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.dhipicker.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .because("the PDF format is the export package's business; the CLI and UI hand it a ComparisonSheet");
        rule.check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.dhipicker.cli..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("the GUI and the engine report through return values and exceptions; printing is the CLI's job"
                        + " (the start-up probes print their benchmark line from the bench jar, outside the application)");
        rule.check(classes);
    }

    @Test
    void layersOnlyDependDownwards() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Launcher").definedBy("dev.dhipicker")
                .layer("Ui").definedBy("dev.dhipicker.ui..")
                .layer("Cli").definedBy("dev.dhipicker.cli..")
                .layer("Discover").definedBy("dev.dhipicker.discover..")
                .layer("Migrate").definedBy("dev.dhipicker.migrate..")
                .layer("Export").definedBy("dev.dhipicker.export..")
                .layer("Recommend").definedBy("dev.dhipicker.recommend..")
                .layer("Catalog").definedBy("dev.dhipicker.catalog..")
                .layer("Util").definedBy("dev.dhipicker.util..")
                .layer("I18n").definedBy("dev.dhipicker.i18n..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Discover").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .whereLayer("Migrate").mayOnlyBeAccessedByLayers("Discover", "Ui", "Cli")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Discover", "Migrate", "Ui", "Cli")
                .whereLayer("Recommend").mayOnlyBeAccessedByLayers("Migrate", "Export", "Ui", "Cli")
                .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Recommend", "Migrate", "Discover", "Export", "Ui", "Cli")
                .whereLayer("I18n").mayOnlyBeAccessedByLayers("Export", "Discover", "Ui", "Cli", "Launcher")
                .because("data flows one way: catalog -> recommend -> migrate -> discover -> cli/ui; migrate reads the"
                        + " engine and may reuse the export's Dockerfile knowledge, and the export never needs a migration;"
                        + " discover runs every reference through migrate and writes its reports (text in the bundle's"
                        + " language) for both the CLI and the wizard");
        rule.check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        ArchRule rule = slices().matching("dev.dhipicker.(*)..").should().beFreeOfCycles()
                .because("a cycle between packages would let a fact be worked out on both sides of it");
        rule.check(classes);
    }

    @Test
    void utilDependsOnNothingOfOurs() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.dhipicker.util..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.dhipicker.catalog..", "dev.dhipicker.recommend..",
                        "dev.dhipicker.migrate..", "dev.dhipicker.export..", "dev.dhipicker.cli..", "dev.dhipicker.ui..",
                        "dev.dhipicker.i18n..")
                .because("util holds small file helpers that every layer may use, so it can use none of them");
        rule.check(classes);
    }
}
