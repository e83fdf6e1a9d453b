package dev.dhipicker.export;

import dev.dhipicker.i18n.Messages;
import dev.dhipicker.util.AtomicFiles;

import java.nio.file.Path;

/** The one-line messages for an output target that is never written: a folder, a link, a device. */
public final class OutputFileMessages {
    private OutputFileMessages() {
    }

    /**
     * Why a target was refused, in the interface language.
     *
     * @param messages interface strings
     * @param target   the target as the user gave it
     * @param e        the refusal
     * @return one line naming the target and what it is
     */
    public static String notRegular(Messages messages, Path target, AtomicFiles.NotRegularFileException e) {
        String name = target.toString();
        return switch (e.kind()) {
            case DIRECTORY -> messages.get("file.notRegular.directory", name);
            case SYMLINK -> messages.get("file.notRegular.symlink", name);
            case SPECIAL -> messages.get("file.notRegular.special", name);
        };
    }
}
