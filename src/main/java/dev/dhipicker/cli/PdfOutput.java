package dev.dhipicker.cli;

import dev.dhipicker.export.OutputFileMessages;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where {@code sheet} and {@code discover --pdf} write a PDF: one set of rules and one set of error lines. */
final class PdfOutput {
    private PdfOutput() {
    }

    /**
     * Writes the bytes to the file atomically, or with null bytes only checks that it could be written
     * (before anything is rendered); an existing file is kept unless {@code force}.
     *
     * @throws UserException one readable line naming the file and what is wrong
     */
    static void publish(Messages m, Path output, boolean force, byte[] bytes) {
        try {
            if (bytes == null) {
                AtomicFiles.checkTarget(output, force);
            } else {
                AtomicFiles.write(output, bytes, force);
            }
        } catch (AtomicFiles.NotRegularFileException e) {
            throw new UserException(OutputFileMessages.notRegular(m, output, e));
        } catch (FileAlreadyExistsException e) {
            throw new UserException(m.get("sheet.cli.exists", output));
        } catch (NoSuchFileException e) {
            throw new UserException(m.get("sheet.cli.noFolder", output));
        } catch (IOException e) {
            throw new UserException(m.get("sheet.cli.writeFailed", output, Cli.oneLine(e.getMessage())));
        }
    }
}
