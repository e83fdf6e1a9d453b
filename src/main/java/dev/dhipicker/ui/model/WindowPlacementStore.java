package dev.dhipicker.ui.model;

import java.util.Optional;

/** Remembers the main window's size and position between launches. */
public interface WindowPlacementStore {

    /**
     * The window's last position (screen coordinates) and content size.
     *
     * @param x      left edge
     * @param y      top edge
     * @param width  width of the content (without the window frame)
     * @param height height of the content
     */
    record WindowPlacement(double x, double y, double width, double height) {
    }

    /** The bounds saved last time, if any. */
    Optional<WindowPlacement> loadPlacement();

    /** Saves the bounds. */
    void savePlacement(WindowPlacement placement);

    /** A store that remembers nothing (tests). */
    static WindowPlacementStore none() {
        return new WindowPlacementStore() {
            @Override
            public Optional<WindowPlacement> loadPlacement() {
                return Optional.empty();
            }

            @Override
            public void savePlacement(WindowPlacement placement) {
            }
        };
    }
}
