package dev.dhipicker.catalog.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What an update changed, with the expected counts read from the raw catalog JSON that was edited. */
class CatalogDiffTest {

    @Test
    void aRemovedRepositoryAndAChangedEndOfLifeAreCounted() throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode raw;
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUNDLED_CATALOG)) {
            raw = (ObjectNode) m.readTree(in);
        }
        CatalogLoader loader = new CatalogLoader();
        Catalog before = loader.load("before", new ByteArrayInputStream(m.writeValueAsBytes(raw)));
        assertThat(CatalogDiff.between(before, before)).isEqualTo(new CatalogDiff(0, 0, 0, 0, 0, 0));

        ArrayNode repos = (ArrayNode) raw.get("repositories");
        JsonNode removed = repos.remove(0);
        int removedTags = 0;
        for (JsonNode d : removed.path("images")) {
            removedTags += d.get("tags").size();
        }
        ObjectNode changedRepo = (ObjectNode) repos.get(0);
        ObjectNode definition = (ObjectNode) changedRepo.get("images").get(0);
        definition.put("eol", "2099-12-31");
        int changedTags = definition.get("tags").size();

        Catalog after = loader.load("after", new ByteArrayInputStream(m.writeValueAsBytes(raw)));
        CatalogDiff d = CatalogDiff.between(before, after);
        assertThat(d).isEqualTo(new CatalogDiff(0, 1, 1, 0, removedTags, changedTags));
        assertThat(CatalogDiff.between(after, before)).isEqualTo(new CatalogDiff(1, 0, 1, removedTags, 0, changedTags));
    }
}
