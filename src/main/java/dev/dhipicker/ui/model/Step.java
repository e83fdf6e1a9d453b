package dev.dhipicker.ui.model;

/** The wizard's pages, in order. */
public enum Step {
    WORKLOAD, LIBC, SIZE, COMPLIANCE, HELM, RESULTS;

    /** The page after this one, or this one when it is the last. */
    public Step next() {
        return this == RESULTS ? this : values()[ordinal() + 1];
    }

    /** The page before this one, or this one when it is the first. */
    public Step previous() {
        return this == WORKLOAD ? this : values()[ordinal() - 1];
    }
}
