package dev.dhipicker.ui;

import dev.dhipicker.probe.StartupProbe;
import javafx.animation.AnimationTimer;

/**
 * Reports the first drawn frame of a window when {@code -Ddhi.firstFrame=exit} is set. JavaFX
 * renders a pulse's scene before it starts the next pulse, so the second pulse after
 * {@code stage.show()} means the first frame is on screen.
 */
public final class FirstFrameProbe {
    private FirstFrameProbe() {
    }

    /** Call right after {@code stage.show()}; does nothing unless the probe is on. */
    public static void afterShow() {
        if (!StartupProbe.enabled()) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    StartupProbe.firstFrame();
                }
            }
        }.start();
    }
}
