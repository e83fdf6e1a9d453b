package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.InvalidReferenceException;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.catalog.ref.Tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a checkout with the upstream DHI catalog layout ({@code image/<repo>/info.yaml},
 * {@code image/<repo>/<distro>-<version>/*.yaml}, {@code chart/<name>/helm/*.yaml}) into catalog
 * records. Malformed data fails the import with the file, line and reason; only the files of the
 * documented {@link #UPSTREAM_SKIP_LIST} are left out, each with its reason.
 */
public final class CatalogImporter {

    /** Recorded as the generator of the files this importer writes. */
    public static final String GENERATOR = "dhi-picker import-catalog 0.1.0";

    /**
     * The upstream files that are not image definitions and are left out, with the reason. Any
     * other YAML file outside a {@code <distro>-<version>} folder fails the import, so that a new
     * kind of file upstream is looked at rather than silently dropped.
     */
    public static final Map<String, String> UPSTREAM_SKIP_LIST = Map.of(
            "image/data-prepper/files/default-data-prepper-config.yaml",
            "a Data Prepper configuration file, not an image definition",
            "image/data-prepper/files/default-pipelines.yaml",
            "a Data Prepper pipeline configuration, not an image definition",
            "image/tempo/config/tempo-v3.yaml",
            "a Tempo configuration file, not an image definition");

    private static final Pattern DISTRO_DIR = Pattern.compile("(debian|alpine)-(\\d+(?:\\.\\d+)?)");

    private final YamlReader yaml = new YamlReader();
    private final Map<String, String> skipList;

    /** An importer for the upstream catalog, with its {@link #UPSTREAM_SKIP_LIST}. */
    public CatalogImporter() {
        this(UPSTREAM_SKIP_LIST);
    }

    /**
     * An importer with another skip list (for a catalog with other non-definition files).
     *
     * @param skipList relative paths ({@code image/x/config/y.yaml}) to leave out, with the reason
     */
    public CatalogImporter(Map<String, String> skipList) {
        this.skipList = Map.copyOf(skipList);
    }

    /**
     * Imports a catalog checkout.
     *
     * @param root     the checkout's top folder (holding {@code image/})
     * @param info     provenance to record
     * @param progress called with (files done, files in all) as files are read; may be null
     * @throws CatalogException when the folder does not have the upstream layout, or for the first
     *                          malformed file (file, line and reason; the count of further problems)
     */
    public ImportResult importFrom(Path root, CatalogInfo info, BiConsumer<Integer, Integer> progress)
            throws CatalogException {
        Path imageDir = root.resolve("image");
        if (!Files.isDirectory(imageDir)) {
            throw new CatalogException(root.toString(), null, "not a DHI catalog checkout: there is no image/ folder");
        }
        List<Path> repoDirs = listDirs(imageDir);
        Path chartDir = root.resolve("chart");
        List<Path> chartDirs = Files.isDirectory(chartDir) ? listDirs(chartDir) : List.of();
        int total = 0;
        for (Path d : repoDirs) {
            total += countYaml(d, 2);
        }
        for (Path d : chartDirs) {
            total += countYaml(d, 1) + (Files.isDirectory(d.resolve("helm")) ? countYaml(d.resolve("helm"), 1) : 0);
        }
        Counter counter = new Counter(total, progress);
        List<CatalogException> problems = new ArrayList<>();
        List<ImportResult.Skipped> skipped = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        List<Repository> repos = new ArrayList<>();
        List<ImageDefinition> defs = new ArrayList<>();
        for (Path repoDir : repoDirs) {
            importRepository(root, repoDir, repos, defs, skipped, disagreements, problems, counter);
        }
        List<HelmChart> charts = new ArrayList<>();
        for (Path c : chartDirs) {
            importChart(root, c, charts, problems, counter);
        }
        if (!problems.isEmpty()) {
            CatalogException first = problems.get(0);
            if (problems.size() == 1) {
                throw first;
            }
            throw new CatalogException(first.file(), first.location(), first.reason() + " (and "
                    + (problems.size() - 1) + " more " + (problems.size() == 2 ? "problem" : "problems") + ")");
        }
        skipped.sort(Comparator.comparing(ImportResult.Skipped::file));
        return new ImportResult(info, repos, defs, charts, counter.done, skipped, disagreements);
    }

    private static final class Counter {
        final int total;
        final BiConsumer<Integer, Integer> progress;
        int done;

        Counter(int total, BiConsumer<Integer, Integer> progress) {
            this.total = total;
            this.progress = progress;
        }

        void tick() {
            done++;
            if (progress != null) {
                progress.accept(done, total);
            }
        }
    }

    private static List<Path> listDirs(Path dir) throws CatalogException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(dir.toString(), null, "cannot list folder: " + e.getMessage());
        }
    }

    private static List<Path> listYaml(Path dir) throws CatalogException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(dir.toString(), null, "cannot list folder: " + e.getMessage());
        }
    }

    private static int countYaml(Path dir, int depth) throws CatalogException {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).count();
        } catch (IOException e) {
            throw new CatalogException(dir.toString(), null, "cannot list folder: " + e.getMessage());
        }
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private void importRepository(Path root, Path repoDir, List<Repository> repos, List<ImageDefinition> defs,
                                  List<ImportResult.Skipped> skipped, List<String> disagreements,
                                  List<CatalogException> problems,
                                  Counter counter) throws CatalogException {
        String name = repoDir.getFileName().toString();
        Path infoFile = repoDir.resolve("info.yaml");
        List<Path> subdirs = listDirs(repoDir);
        Repository repo = null;
        if (!Files.isRegularFile(infoFile)) {
            problems.add(new CatalogException(rel(root, repoDir), null, "repository folder has no info.yaml"));
        } else {
            counter.tick();
            try {
                repo = DefinitionReader.readInfo(name, yaml.read(infoFile, rel(root, infoFile)), rel(root, infoFile));
            } catch (CatalogException e) {
                problems.add(e);
            }
        }
        List<DefinitionReader.Raw> raws = new ArrayList<>();
        for (Path sub : subdirs) {
            Matcher m = DISTRO_DIR.matcher(sub.getFileName().toString());
            for (Path f : listYaml(sub)) {
                counter.tick();
                String relName = rel(root, f);
                String skip = skipList.get(relName);
                if (skip != null) {
                    skipped.add(new ImportResult.Skipped(relName, skip));
                    continue;
                }
                if (!m.matches()) {
                    problems.add(new CatalogException(relName, null, "not in a <distro>-<version> folder and not in"
                            + " the importer's skip list (a new kind of upstream file: check it, then list it)"));
                    continue;
                }
                try {
                    raws.add(DefinitionReader.readDefinition(name, rel(repoDir, f), DistroFamily.fromId(m.group(1)), m.group(2),
                            yaml.read(f, relName), relName));
                } catch (CatalogException e) {
                    problems.add(e);
                }
            }
        }
        if (repo == null) {
            return;
        }
        repos.add(repo);
        DefinitionReader.markLibcFreeStatics(raws);
        FlavorEvidence.complete(raws, disagreements);
        Map<String, Set<String>> standardPackages = new HashMap<>();
        for (DefinitionReader.Raw r : raws) {
            if (r.declared().isEmpty()) {
                standardPackages.put(r.siblingKey(), r.packages());
            }
        }
        for (DefinitionReader.Raw r : raws) {
            List<String> extra = List.of();
            if (!r.declared().isEmpty()) {
                Set<String> base = standardPackages.get(r.siblingKey());
                if (base != null) {
                    Set<String> added = new TreeSet<>(r.packages());
                    added.removeAll(base);
                    extra = List.copyOf(added);
                }
            }
            defs.add(r.toDefinition(extra));
        }
    }


    private void importChart(Path root, Path chartDir, List<HelmChart> charts, List<CatalogException> problems,
                             Counter counter) throws CatalogException {
        String name = chartDir.getFileName().toString();
        Path infoFile = chartDir.resolve("info.yaml");
        String display = null;
        String description = null;
        if (Files.isRegularFile(infoFile)) {
            counter.tick();
            try {
                YamlReader.Doc doc = yaml.read(infoFile, rel(root, infoFile));
                YamlFields at = new YamlFields(rel(root, infoFile), doc);
                JsonNode info = doc.root();
                JsonNode md = info == null ? null : info.get("metadata");
                display = at.oneLine(md, "display-name");
                description = at.prose(md, "short-description");
            } catch (CatalogException e) {
                problems.add(e);
            }
        }
        Path helmDir = chartDir.resolve("helm");
        List<ChartVersion> versions = new ArrayList<>();
        String ociName = null;
        int before = problems.size();
        if (Files.isDirectory(helmDir)) {
            for (Path f : listYaml(helmDir)) {
                counter.tick();
                String relName = rel(root, f);
                try {
                    YamlReader.Doc doc = yaml.read(f, relName);
                    YamlFields at = new YamlFields(relName, doc);
                    JsonNode d = doc.root();
                    if (d == null || !d.isObject() || !"helm".equals(at.oneLine(d, "variant"))) {
                        throw at.error(d, null, "not a Helm chart definition (variant is not 'helm')");
                    }
                    String image = at.oneLine(d, "image");
                    List<String> tags = at.strings(d, "tags");
                    if (image == null || !image.startsWith("dhi.io/") || tags.isEmpty()) {
                        throw at.error(d, null, "chart definition needs 'image: dhi.io/<name>' and a tag");
                    }
                    ociName = image.substring("dhi.io/".length());
                    versions.add(new ChartVersion(tags.get(0), rel(chartDir, f), ChartReader.chartImages(d)));
                } catch (CatalogException e) {
                    problems.add(e);
                }
            }
        }
        // config/ and other folders hold chart values, not definitions; they are not read.
        if (versions.isEmpty()) {
            if (problems.size() == before) {
                problems.add(new CatalogException(rel(root, chartDir), null, "chart has no helm/<version>.yaml"));
            }
            return;
        }
        versions.sort((a, b) -> VersionOrder.compare(b.version(), a.version()));
        charts.add(new HelmChart(name, ociName, display, description, versions));
    }
}
