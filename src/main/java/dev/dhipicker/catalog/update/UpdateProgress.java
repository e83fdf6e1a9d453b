package dev.dhipicker.catalog.update;

/** Told how an update goes; called on the updating thread. */
public interface UpdateProgress {
    /** What the update is doing. */
    enum Phase {
        /** Downloading the archive: done and total are bytes (total -1 when the server does not say). */
        DOWNLOAD,
        /** Unpacking the archive: done is entries read, total -1. */
        UNPACK,
        /** Importing the definitions: done and total are files. */
        IMPORT,
        /** Loading the new catalog with the application's loader. */
        CHECK,
        /** Publishing the new catalog. */
        PUBLISH
    }

    /** Progress within a phase. */
    void report(Phase phase, long done, long total);

    /** Ignores progress. */
    UpdateProgress NONE = (phase, done, total) -> {
    };
}
