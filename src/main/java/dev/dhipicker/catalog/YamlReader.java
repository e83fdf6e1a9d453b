package dev.dhipicker.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Reads a YAML file into a Jackson tree in which every scalar keeps its text as written, so an
 * unquoted tag such as {@code 8.10} stays "8.10" rather than becoming the number 8.1. Only
 * regular files up to {@link #MAX_FILE_BYTES} are read, a key may appear once per mapping, and
 * the line of every node is kept for error messages.
 */
final class YamlReader {
    /** The largest definition file read: the largest upstream one is about 66 KB. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** The longest single value: far above any tag, package list entry or description. */
    static final int MAX_VALUE_CHARS = 256 * 1024;

    private final YAMLFactory factory = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_VALUE_CHARS)
                    .maxNestingDepth(200).build())
            .build();

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        // SnakeYAML stops reading past this many code points, before anything is built from them
        o.setCodePointLimit((int) MAX_FILE_BYTES);
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(20);
        return o;
    }

    /** A document and the line each of its nodes starts on. */
    record Doc(JsonNode root, Map<JsonNode, Integer> lines) {
        /** "line N, field" for a node of this document (by identity), or the field alone when unknown. */
        String where(JsonNode node, String field) {
            Integer line = node == null ? null : lines.get(node);
            if (line == null) {
                return field;
            }
            return field == null || field.isEmpty() ? "line " + line : "line " + line + ", " + field;
        }
    }

    /** Reads a file; a syntax error becomes a {@link CatalogException} with its line. */
    Doc read(Path file, String displayName) throws CatalogException {
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        try (InputStream in = InputFiles.open(file, displayName, MAX_FILE_BYTES);
             JsonParser p = factory.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Doc(null, lines);
            }
            JsonNode n = TreeBuilder.value(p, t, true, lines);
            // A second YAML document in one file is not part of the upstream layout.
            if (p.nextToken() != null) {
                throw new CatalogException(displayName, "line " + p.currentLocation().getLineNr(),
                        "more than one YAML document");
            }
            return new Doc(n, lines);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            throw new CatalogException(displayName, loc == null ? null : "line " + loc.getLineNr(),
                    "a value is too large: " + JacksonText.readable(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new CatalogException(displayName, loc == null || loc.getLineNr() < 1 ? null : "line " + loc.getLineNr(),
                    "broken YAML: " + JacksonText.readable(e.getOriginalMessage()));
        } catch (InputFiles.TooLargeException e) {
            throw new CatalogException(displayName, null, "is too large: " + e.getMessage());
        } catch (IOException e) {
            throw new CatalogException(displayName, null, "cannot read: " + InputFiles.reason(e));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (code points, aliases) as unchecked exceptions
            throw new CatalogException(displayName, null, "broken YAML: " + JacksonText.readable(e.getMessage()));
        }
    }
}
