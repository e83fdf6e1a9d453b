package dev.dhipicker.ui;

import dev.dhipicker.ui.model.CatalogUpdateSession;

import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the window needs for the catalog's age and "Update catalog…": the clock that says today,
 * the factory of updaters (null when updates are not offered) and the chooser of archive files.
 *
 * @param clock          today's date for the age
 * @param updater        makes the updater of a run, or null
 * @param archiveChooser asks for an archive file, owned by the given window
 */
public record CatalogUpdates(Clock clock, CatalogUpdateSession.UpdaterFactory updater,
                             Function<Window, Optional<Path>> archiveChooser) {

    /** The age on the system clock, without the update action. */
    public static CatalogUpdates unavailable() {
        return new CatalogUpdates(Clock.systemDefaultZone(), null, w -> Optional.empty());
    }
}
