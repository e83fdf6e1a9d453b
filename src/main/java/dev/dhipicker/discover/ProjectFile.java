package dev.dhipicker.discover;

import java.nio.file.Path;

/**
 * A file the walk found that discover reads.
 *
 * @param path     relative to the project root, {@code /}-separated
 * @param absolute where it is
 * @param kind     what it is
 * @param size     its size in bytes
 */
public record ProjectFile(String path, Path absolute, FileKind kind, long size) {
}
