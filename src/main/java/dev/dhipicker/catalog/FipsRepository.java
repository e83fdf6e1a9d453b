package dev.dhipicker.catalog;

import java.util.List;

/**
 * A repository whose usage guide documents FIPS tags.
 *
 * @param repository     repository name
 * @param guide          URL of the guide that documents the tags
 * @param documentedTags FIPS tags exactly as the guide writes them; a leading '-' means the guide
 *                       put a placeholder (such as a build date) before it
 */
public record FipsRepository(String repository, String guide, List<String> documentedTags) {
    public FipsRepository {
        documentedTags = List.copyOf(documentedTags);
    }
}
