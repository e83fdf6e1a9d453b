package dev.dhipicker.bench;

import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/**
 * Reports the first drawn frame of the first window a process shows, from outside the
 * application: it watches JavaFX's list of showing windows, so the application needs no hook.
 * JavaFX renders a pulse's scene before it starts the next pulse, so the second pulse after the
 * window is shown means the first frame is on screen.
 */
public final class FirstFrameProbe {
    private static boolean started;

    private FirstFrameProbe() {
    }

    /** Call before the toolkit starts; the first window shown is then reported and the process ends. */
    public static void install() {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                if (change.wasAdded() && !started) {
                    started = true;
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
        });
    }
}
