package dev.dhipicker.catalog;

import dev.dhipicker.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Build step ({@code process-classes}): loads the bundled catalog JSON with the full, validating
 * loader and writes its compact copy next to the compiled classes. Fails the build on a bad file.
 */
public final class CompactCatalogBuilder {
    private CompactCatalogBuilder() {
    }

    /** {@code <catalog.json> <output.bin>}. */
    public static void main(String[] args) throws IOException, CatalogException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompactCatalogBuilder <catalog.json> <output.bin>");
        }
        Path json = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(json);
        Catalog catalog = new CatalogLoader().load(json);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        AtomicFiles.write(out, CompactCatalog.write(catalog, bytes.length, crc(bytes)), true);
    }

    static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }
}
