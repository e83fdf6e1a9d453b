package dev.dhipicker.catalog;

/** A tool that a repository's images include, as listed in its {@code info.yaml}. */
public record Tool(String name, String description) {
}
