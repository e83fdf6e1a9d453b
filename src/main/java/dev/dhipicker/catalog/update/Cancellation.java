package dev.dhipicker.catalog.update;

import java.util.concurrent.atomic.AtomicBoolean;

/** Asked for by the user (the wizard's Cancel); the update checks it between steps and while reading. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Asks the update to stop; nothing is published after this. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Whether cancelling was asked for. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws when cancelling was asked for. */
    void check() throws UpdateException {
        if (cancelled.get()) {
            throw new UpdateException("update.error.cancelled");
        }
    }
}
