package dev.dhipicker.ui.export;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.MigrationResult;
import dev.dhipicker.migrate.StageResult;
import dev.dhipicker.migrate.UnifiedDiff;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import java.util.List;

/**
 * Two parts of the Migration window: the stages, each with what it became and why, and the
 * changes as a unified diff whose lines are marked as removed, added or a hunk header (the
 * {@code -}/{@code +} at the start of each line stays, so the marks do not rest on colour alone).
 */
final class MigrationParts {
    static final String ADDED = "dp-diff-added";
    static final String REMOVED = "dp-diff-removed";
    static final String HUNK = "dp-diff-hunk";

    private MigrationParts() {
    }

    /** The stages: line, image as written, what it became and its role, and the reason below. */
    static ListView<StageResult> stages(MigrationResult result, Messages m) {
        ListView<StageResult> list = new ListView<>();
        list.setId("migration-stages");
        list.getItems().setAll(result.stages());
        list.setAccessibleText(m.get("ui.migration.stages", result.stages().size()));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StageResult s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                String to = s.reference() == null ? m.get("ui.migration.stage.unchanged") : s.reference();
                setText(m.get("ui.migration.stage", s.line(), s.from(), to, m.get(roleKey(s.role())))
                        + "\n" + m.get(s.reasonKey(), s.reasonArgs().toArray()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return list;
    }

    private static String roleKey(dev.dhipicker.migrate.StageRole role) {
        return switch (role) {
            case BUILD -> "ui.migration.role.build";
            case RUNTIME -> "ui.migration.role.runtime";
            case STAGE -> "ui.migration.role.stage";
            case SCRATCH -> "ui.migration.role.scratch";
            case UNKNOWN -> "ui.migration.role.unknown";
        };
    }

    /** The unified diff of the original and the migrated text, one marked line per row. */
    static ListView<String> diff(String fileName, MigrationResult result, Messages m) {
        ListView<String> list = new ListView<>();
        list.setId("migration-diff");
        list.getStyleClass().addAll("dp-mono", "dp-diff");
        list.setAccessibleText(m.get("ui.migration.diff"));
        list.setPlaceholder(new Label(m.get("ui.migration.noChanges")));
        String text = UnifiedDiff.diff(fileName, fileName + " (DHI)", result.input(), result.dockerfile());
        list.getItems().setAll(text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, lineCount(text)));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll(ADDED, REMOVED, HUNK);
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line);
                String mark = mark(line);
                if (mark != null) {
                    getStyleClass().add(mark);
                }
            }
        });
        return list;
    }

    /** The style class of a diff line: added, removed, hunk header, or null for context and file names. */
    static String mark(String line) {
        if (line.startsWith("+++ ") || line.startsWith("--- ")) {
            return null;
        }
        if (line.startsWith("+")) {
            return ADDED;
        }
        if (line.startsWith("-")) {
            return REMOVED;
        }
        return line.startsWith("@@") ? HUNK : null;
    }

    private static int lineCount(String text) {
        int n = text.split("\n", -1).length;
        return text.endsWith("\n") ? n - 1 : n;
    }
}
