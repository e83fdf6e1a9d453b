package dev.dhipicker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dhipicker.catalog.CatalogLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a catalog N times the bundled one: the original repositories plus N-1 renamed copies
 * ({@code python-x2}, ...), each with all its definitions. Charts stay the original ones, so the
 * workload profiles and chart look-ups still resolve.
 */
final class ScaledCatalog {
    private ScaledCatalog() {
    }

    static Path write(int times) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root;
        try (InputStream in = ScaledCatalog.class.getResourceAsStream(CatalogLoader.BUNDLED_CATALOG)) {
            root = (ObjectNode) mapper.readTree(in);
        }
        ArrayNode original = (ArrayNode) root.get("repositories");
        ArrayNode scaled = mapper.createArrayNode();
        scaled.addAll(original);
        for (int k = 2; k <= times; k++) {
            for (int i = 0; i < original.size(); i++) {
                ObjectNode copy = original.get(i).deepCopy();
                copy.put("name", copy.get("name").asText() + "-x" + k);
                scaled.add(copy);
            }
        }
        root.set("repositories", scaled);
        Path file = Files.createTempFile("dhi-catalog-x" + times + "-", ".json");
        file.toFile().deleteOnExit();
        mapper.writeValue(file.toFile(), root);
        return file;
    }
}
