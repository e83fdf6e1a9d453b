package dev.dhipicker.discover;

/** Where a new image reference is written in a YAML file: character spans of the source text. */
public sealed interface EditTarget {

    /** A span of the source text, {@code [start, end)}. */
    record Span(int start, int end) {
    }

    /** The whole reference is one span ({@code image: python:3.12}). */
    record Whole(Span span) implements EditTarget {
    }

    /**
     * The reference is spread over fields: registry (may be null: then the repository takes the
     * registry), repository, and tag.
     */
    record Split(Span registry, Span repository, Span tag) implements EditTarget {
    }

    /**
     * A Kustomize entry with a {@code newTag} but no {@code newName}: the tag is replaced and a
     * {@code newName} line is inserted before the {@code newTag} line, with its indentation.
     *
     * @param tag      the span of the {@code newTag} value
     * @param insertAt offset of the start of the {@code newTag} line
     * @param indent   the blanks before the {@code newTag} key
     */
    record NameInsert(Span tag, int insertAt, String indent) implements EditTarget {
    }
}
