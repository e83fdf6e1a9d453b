package dev.dhipicker.export;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.util.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a Dockerfile's text to a file atomically, with one readable reason for every failure:
 * the exported Dockerfile and the migrated one, from the CLI and the wizard alike.
 */
public final class DockerfileFiles {
    private final Messages messages;

    public DockerfileFiles(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Writes the text; an existing regular file is replaced only with {@code overwrite}, and
     * anything else (a folder, a link, a device) never.
     *
     * @throws DockerfileException {@link DockerfileException.Reason#NOT_REGULAR},
     *                             {@link DockerfileException.Reason#FILE_EXISTS},
     *                             {@link DockerfileException.Reason#NO_FOLDER} or
     *                             {@link DockerfileException.Reason#WRITE_FAILED}, with a one-line message
     */
    public void write(String text, Path target, boolean overwrite) throws DockerfileException {
        try {
            AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8), overwrite);
        } catch (AtomicFiles.NotRegularFileException e) {
            throw new DockerfileException(DockerfileException.Reason.NOT_REGULAR,
                    OutputFileMessages.notRegular(messages, target, e), e);
        } catch (FileAlreadyExistsException e) {
            throw new DockerfileException(DockerfileException.Reason.FILE_EXISTS,
                    messages.get("dockerfile.error.exists", target.toString()), e);
        } catch (NoSuchFileException e) {
            Path dir = target.toAbsolutePath().getParent();
            throw new DockerfileException(DockerfileException.Reason.NO_FOLDER,
                    messages.get("dockerfile.error.noFolder", target.toString(), String.valueOf(dir)), e);
        } catch (IOException e) {
            throw new DockerfileException(DockerfileException.Reason.WRITE_FAILED,
                    messages.get("dockerfile.error.write", target.toString(), reason(e)), e);
        }
    }

    /** The file system's reason in one line ("Read-only file system"), never a Java class name. */
    private String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return messages.get("dockerfile.error.accessDenied");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
