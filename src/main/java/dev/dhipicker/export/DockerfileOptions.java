package dev.dhipicker.export;

/**
 * How to write the Dockerfile for a recommendation.
 *
 * @param entry     what the template starts or builds, or null for the profile's default: the script
 *                  ({@code app.py}, or a module name such as {@code myapp.main}), the Node entry file
 *                  ({@code server.js}), the Go package ({@code .}, {@code ./cmd/api}), the jar the Maven
 *                  build produces ({@code target/*.jar}), the .NET assembly ({@code App.dll}), the Rust
 *                  binary ({@code app}), the Ruby script ({@code app.rb}) or the static site's build folder
 *                  ({@code dist}); ignored for PHP and application images
 * @param pinDigest write {@code @sha256:...} after a reference when the catalog knows its digest
 */
public record DockerfileOptions(String entry, boolean pinDigest) {
    public DockerfileOptions {
        if (entry != null && entry.isBlank()) {
            entry = null;
        }
    }

    /** The profile's default entry, no digest pinning. */
    public static DockerfileOptions defaults() {
        return new DockerfileOptions(null, false);
    }

    /** These options with another entry (null or blank for the default). */
    public DockerfileOptions withEntry(String newEntry) {
        return new DockerfileOptions(newEntry, pinDigest);
    }

    /** These options with digest pinning switched on or off. */
    public DockerfileOptions withPinDigest(boolean pin) {
        return new DockerfileOptions(entry, pin);
    }
}
