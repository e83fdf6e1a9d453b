package dev.dhipicker.ui.pages;

import dev.dhipicker.ui.model.MigrationSession;

/** "Start from a Dockerfile…": what the first page and the results page may ask of it. */
public interface DockerfileStart {

    /** The Dockerfile in use and the answers inferred from it. */
    MigrationSession session();

    /** Asks for a Dockerfile and starts from it; a file that cannot be used is one error dialog. */
    void open();

    /** Shows the migration of the Dockerfile in use (original, migrated, findings). */
    void showMigration();
}
