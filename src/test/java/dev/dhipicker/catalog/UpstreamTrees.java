package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of an upstream catalog for the update tests, as relative path to bytes: the real
 * reference copy ({@code ../shared/dhi-catalog}, or the folder the system property
 * {@code dhi.upstream} names) when it is present, otherwise a small fixture in the same layout
 * with every repository the workload profiles and the image map need. Either way it holds a Python line
 * {@link #NEW_LINE} that the bundled catalog does not have: the real copy gets it by rewriting
 * its 3.14 definitions, the fixture by writing it.
 */
public final class UpstreamTrees {
    /** The Python version line that only the updated catalog has. */
    public static final String NEW_LINE = "3.99";

    private UpstreamTrees() {
    }

    /** The reference copy of the upstream catalog, or null when it is not on this machine. */
    public static Path reference() {
        String p = System.getProperty("dhi.upstream");
        Path dir = p != null && !p.isBlank() ? Path.of(p) : CatalogRegenerationTest.UPSTREAM;
        return Files.isDirectory(dir.resolve("image")) ? dir : null;
    }

    /** The catalog's YAML files (image/ and chart/), with the new Python line. */
    public static Map<String, byte[]> withNewPythonLine() {
        Path ref = reference();
        return ref != null ? fromReference(ref) : fixture();
    }

    private static Map<String, byte[]> fromReference(Path ref) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(ref)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = ref.relativize(f).toString().replace('\\', '/');
                if ((rel.startsWith("image/") || rel.startsWith("chart/")) && rel.endsWith(".yaml")) {
                    out.put(rel, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : new String[]{"3.14.yaml", "3.14-dev.yaml"}) {
            String rel = "image/python/debian-13/" + name;
            String text = new String(out.get(rel), StandardCharsets.UTF_8).replace("3.14", NEW_LINE);
            // the floating tags ("3", "3-debian13-dev", ...) stay with the 3.14 definitions
            StringBuilder b = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (!line.matches(" {2}- \"?3(-[a-z0-9-]+)?\"?")) {
                    b.append(line).append('\n');
                }
            }
            out.put("image/python/debian-13/" + name.replace("3.14", NEW_LINE), b.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The repositories the bundled workload profiles and image map name, read from their JSON. */
    static TreeSet<String> profileRepositories() {
        try (InputStream in = UpstreamTrees.class.getResourceAsStream(CatalogLoader.BUNDLED_PROFILES);
             InputStream map = UpstreamTrees.class.getResourceAsStream(ImageMap.RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            TreeSet<String> names = new TreeSet<>();
            for (JsonNode p : root.get("profiles")) {
                names.add(p.get("build").get("repository").asText());
                names.add(p.get("runtime").get("repository").asText());
            }
            for (JsonNode i : new ObjectMapper().readTree(map).get("images")) {
                if (i.hasNonNull("repository")) {
                    names.add(i.get("repository").asText());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> fixture() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String repo : profileRepositories()) {
            out.put("image/" + repo + "/info.yaml", ("""
                    metadata:
                      display-name: %s
                      short-description: A made-up %s for the update tests.
                      categories:
                        - languages-and-frameworks
                    """).formatted(repo, repo).getBytes(StandardCharsets.UTF_8));
            String v = repo.equals("python") ? NEW_LINE : "1.0";
            out.put("image/" + repo + "/debian-13/" + v + ".yaml", UpstreamFixture.definition(repo, "runtime", null,
                    "appuser", new String[]{v, v + ".0", v + "-debian13", v + ".0-debian13"},
                    new String[]{"base-files", repo}, "2031-12-31").getBytes(StandardCharsets.UTF_8));
            out.put("image/" + repo + "/debian-13/" + v + "-dev.yaml", UpstreamFixture.definition(repo, "dev", null,
                    "root", new String[]{v + "-dev", v + "-debian13-dev", v + ".0-debian13-dev"},
                    new String[]{"base-files", repo, "bash", "apt", "dpkg"}, "2031-12-31").getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
