package dev.dhipicker.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a YAML file into a Jackson tree in which every scalar keeps its text as written, so an
 * unquoted tag such as {@code 8.10} stays "8.10" rather than becoming the number 8.1.
 */
final class YamlReader {
    private final YAMLFactory factory = new YAMLFactory();

    /** Reads a file; a syntax error becomes a {@link CatalogException} with its line. */
    JsonNode read(Path file, String displayName) throws CatalogException {
        try (JsonParser p = factory.createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            JsonNode n = TreeBuilder.value(p, t, true);
            // A second YAML document in one file is not part of the upstream layout.
            if (p.nextToken() != null) {
                throw new CatalogException(displayName, "line " + p.currentLocation().getLineNr(),
                        "more than one YAML document");
            }
            return n;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new CatalogException(displayName, loc == null ? null : "line " + loc.getLineNr(),
                    "broken YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new CatalogException(displayName, null, "cannot read: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
