package dev.dhipicker.ui.print;

import dev.dhipicker.export.ComparisonSheet;
import dev.dhipicker.export.SheetFixture;
import javafx.application.Platform;
import javafx.print.Printer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints the sheet through JavaFX's PrinterJob to the default CUPS queue and checks what comes
 * out. {@code .ci/setup-print-queue} makes a cups-pdf queue "PDF" the default; cups-pdf writes
 * each job as a PDF into the folder named by the "Out" line of /etc/cups/cups-pdf.conf.
 * JavaFX prints text as outlines, so the test checks page count, size and ink, not text.
 * Outside CI it skips when no printer is installed; in CI (CI=true) a missing printer fails.
 */
class SheetPrintCupsTest {

    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    static final Path CUPS_PDF_CONF = Path.of("/etc/cups/cups-pdf.conf");

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        HeadlessFx.start();
    }

    @Test
    void printsTheSheetThroughTheDefaultQueueAsAPdfWithEveryPageInked() throws Exception {
        Printer printer = HeadlessFx.call(Printer::getDefaultPrinter);
        if (!CI) {
            assumeTrue(printer != null, "no printer installed (run .ci/setup-print-queue as root)");
        }
        assertThat(printer).as("CI must have a default printer: .ci/setup-print-queue adds the cups-pdf queue PDF")
                .isNotNull();
        Path out = outputFolder();
        Instant before = Instant.now().minusSeconds(1);

        ComparisonSheet sheet = SheetFixture.sixColumns();
        PrintOutcome outcome = HeadlessFx.call(() -> new SheetPrinter(SheetFixture.MESSAGES).print(sheet, null, false));
        assertThat(outcome).as(outcome.message()).isInstanceOf(PrintOutcome.Printed.class);
        int pages = ((PrintOutcome.Printed) outcome).pages();
        assertThat(pages).isGreaterThanOrEqualTo(2);

        Path pdf = awaitNewPdf(out, before, Duration.ofSeconds(60));
        assertThat(Files.size(pdf)).as(pdf.toString()).isGreaterThan(5_000);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 36);
            double ink = inkShare(img);
            assertThat(ink).as("share of non-white pixels on page 1").isGreaterThan(0.01).isLessThan(0.5);
        }
    }

    @Test
    void theSheetPrintsWithSaneMarginsNotTheHardwareMinimum() throws Exception {
        Printer printer = HeadlessFx.call(Printer::getDefaultPrinter);
        if (!CI) {
            assumeTrue(printer != null, "no printer installed (run .ci/setup-print-queue as root)");
        }
        javafx.print.PageLayout hardware = HeadlessFx.call(() -> printer.createPageLayout(javafx.print.Paper.A4,
                javafx.print.PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM));
        javafx.print.PageLayout used = HeadlessFx.call(() -> FxPrintBackend.sheetLayout(printer, javafx.print.Paper.A4,
                javafx.print.PageOrientation.PORTRAIT));
        double half = dev.dhipicker.export.SheetLayout.MARGIN / 2;
        double[][] margins = {
                {used.getLeftMargin(), hardware.getLeftMargin()}, {used.getRightMargin(), hardware.getRightMargin()},
                {used.getTopMargin(), hardware.getTopMargin()}, {used.getBottomMargin(), hardware.getBottomMargin()}};
        for (double[] m : margins) {
            assertThat(1 / m[0]).as("a positive margin, never -0.0").isPositive();
            assertThat(m[0]).isEqualTo(Math.max(half, m[1]), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    /** The cups-pdf output folder for jobs of this user, from the "Out" line of its config. */
    static Path outputFolder() throws IOException {
        String user = System.getProperty("user.name");
        String out = "${HOME}/PDF";
        if (Files.isReadable(CUPS_PDF_CONF)) {
            for (String line : Files.readAllLines(CUPS_PDF_CONF)) {
                if (line.startsWith("Out ")) {
                    out = line.substring(4).strip();
                }
            }
        }
        return Path.of(out.replace("${USER}", user).replace("${HOME}", System.getProperty("user.home")));
    }

    static Path awaitNewPdf(Path dir, Instant after, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> found = newestPdf(dir, after);
            if (found.isPresent() && stable(found.get())) {
                return found.get();
            }
            Thread.sleep(250); // waiting on an external process (cupsd, cups-pdf), bounded by the deadline
        }
        throw new AssertionError("no PDF appeared in " + dir + " within " + timeout.toSeconds() + " s");
    }

    private static Optional<Path> newestPdf(Path dir, Instant after) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> pdfs = s.filter(p -> p.toString().endsWith(".pdf")).filter(p -> modified(p).isAfter(after))
                    .sorted(Comparator.comparing(SheetPrintCupsTest::modified).reversed()).toList();
            return pdfs.stream().findFirst();
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** cups-pdf writes the file in place: accept it once its size stops changing and it ends a PDF. */
    private static boolean stable(Path p) throws Exception {
        long a = Files.size(p);
        Thread.sleep(300);
        long b = Files.size(p);
        if (a != b || b == 0) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(p);
        String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    static double inkShare(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) img.getWidth() * img.getHeight());
    }

    /** Starts the JavaFX toolkit once per test JVM and runs calls on its thread. */
    static final class HeadlessFx {
        private static boolean started;

        private HeadlessFx() {
        }

        static synchronized void start() throws InterruptedException {
            if (started) {
                return;
            }
            // What works here (Debian 12, JavaFX 21.0.11 on Java 17): without a display, the Monocle
            // headless platform (org.testfx:openjfx-monocle 17.0.10) with the software pipeline; JavaFX
            // still prints through its Java2D print pipeline and lpr, so no Xvfb is needed. With a
            // DISPLAY (a desktop, xvfb-run) the native glass platform is used and prints the same.
            if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
            }
            // With assertions on, JavaFX reports every node read by its print thread ("unexpected PG
            // access"): expected while printing, so keep that debug check quiet.
            ClassLoader.getSystemClassLoader().setPackageAssertionStatus("com.sun.javafx.util", false);
            CountDownLatch up = new CountDownLatch(1);
            try {
                Platform.startup(up::countDown);
            } catch (IllegalStateException alreadyRunning) {
                up.countDown();
            }
            assertThat(up.await(30, TimeUnit.SECONDS)).as("JavaFX toolkit started").isTrue();
            Platform.setImplicitExit(false);
            started = true;
        }

        static <T> T call(java.util.concurrent.Callable<T> task) throws Exception {
            CompletableFuture<T> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(task.call());
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
            return f.get(120, TimeUnit.SECONDS);
        }
    }
}
