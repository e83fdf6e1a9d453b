package dev.dhipicker.discover;

import java.util.List;
import java.util.function.Predicate;

/** Read access to a project's files, for {@link ProjectAnswers} (a folder on disk, or a map in tests). */
public interface ProjectFiles {
    /** The text of a file (path relative to the root, {@code /}-separated), or null when it is absent or unreadable. */
    String read(String path);

    /** Paths of files whose name matches, in a stable order, at most {@code limit}. */
    List<String> find(Predicate<String> name, int limit);
}
