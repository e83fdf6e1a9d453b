package dev.dhipicker.bench;

import dev.dhipicker.Main;

/**
 * Starts the wizard exactly as {@code java -jar target/dhi-picker.jar} does (through
 * {@link Main} without arguments) with the {@link FirstFrameProbe} installed: the process prints
 * {@code first-frame-ms=...} when the first frame is drawn and exits. Run it with the
 * application jar first on the class path and the bench jar after it
 * ({@code java -cp target/dhi-picker.jar:target/dhi-picker-bench.jar dev.dhipicker.bench.WizardFirstFrame}),
 * so that an AppCDS archive dumped for the application jar still applies.
 */
public final class WizardFirstFrame {
    private WizardFirstFrame() {
    }

    public static void main(String[] args) {
        FirstFrameProbe.install();
        Main.main(new String[0]);
    }
}
