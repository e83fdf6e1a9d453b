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
 * records. Files that are not usable are skipped with a reason, never silently.
 */
public final class CatalogImporter {

    /** Recorded as the generator of the files this importer writes. */
    public static final String GENERATOR = "dhi-picker import-catalog 0.1.0";

    private static final Pattern DISTRO_DIR = Pattern.compile("(debian|alpine)-(\\d+(?:\\.\\d+)?)");

    private final YamlReader yaml = new YamlReader();

    /**
     * Imports a catalog checkout.
     *
     * @param root     the checkout's top folder (holding {@code image/})
     * @param info     provenance to record
     * @param progress called with (files done, files in all) as files are read; may be null
     * @throws CatalogException when the folder does not have the upstream layout at all
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
        List<ImportResult.Skipped> skipped = new ArrayList<>();
        List<Repository> repos = new ArrayList<>();
        List<ImageDefinition> defs = new ArrayList<>();
        for (Path repoDir : repoDirs) {
            importRepository(root, repoDir, repos, defs, skipped, counter);
        }
        List<HelmChart> charts = new ArrayList<>();
        for (Path c : chartDirs) {
            importChart(root, c, charts, skipped, counter);
        }
        skipped.sort(Comparator.comparing(ImportResult.Skipped::file));
        return new ImportResult(info, repos, defs, charts, counter.done, skipped);
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
                                  List<ImportResult.Skipped> skipped, Counter counter) throws CatalogException {
        String name = repoDir.getFileName().toString();
        Path infoFile = repoDir.resolve("info.yaml");
        List<Path> subdirs = listDirs(repoDir);
        if (!Files.isRegularFile(infoFile)) {
            skipped.add(new ImportResult.Skipped(rel(root, repoDir), "repository folder has no info.yaml"));
            for (Path sub : subdirs) {
                for (Path f : listYaml(sub)) {
                    counter.tick();
                    skipped.add(new ImportResult.Skipped(rel(root, f), "its repository has no info.yaml"));
                }
            }
            return;
        }
        Repository repo;
        try {
            repo = DefinitionReader.readInfo(name, yaml.read(infoFile, rel(root, infoFile)), rel(root, infoFile));
        } catch (CatalogException e) {
            counter.tick();
            skipped.add(new ImportResult.Skipped(rel(root, infoFile), reasonOf(e)));
            for (Path sub : subdirs) {
                for (Path f : listYaml(sub)) {
                    counter.tick();
                    skipped.add(new ImportResult.Skipped(rel(root, f), "its repository's info.yaml was skipped"));
                }
            }
            return;
        }
        counter.tick();
        repos.add(repo);
        List<DefinitionReader.Raw> raws = new ArrayList<>();
        for (Path sub : subdirs) {
            Matcher m = DISTRO_DIR.matcher(sub.getFileName().toString());
            for (Path f : listYaml(sub)) {
                counter.tick();
                String relName = rel(root, f);
                if (!m.matches()) {
                    skipped.add(new ImportResult.Skipped(relName, "not in a <distro>-<version> folder (configuration or data file)"));
                    continue;
                }
                try {
                    raws.add(DefinitionReader.readDefinition(name, rel(repoDir, f), DistroFamily.fromId(m.group(1)), m.group(2),
                            yaml.read(f, relName), relName));
                } catch (CatalogException e) {
                    skipped.add(new ImportResult.Skipped(relName, reasonOf(e)));
                }
            }
        }
        DefinitionReader.markLibcFreeStatics(raws);
        Map<String, Set<String>> standardPackages = new HashMap<>();
        for (DefinitionReader.Raw r : raws) {
            if (r.flavors().isEmpty()) {
                standardPackages.put(r.siblingKey(), r.packages());
            }
        }
        for (DefinitionReader.Raw r : raws) {
            List<String> extra = List.of();
            if (!r.flavors().isEmpty()) {
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


    private static String reasonOf(CatalogException e) {
        return (e.location() == null ? "" : e.location() + ": ") + e.reason();
    }



    private void importChart(Path root, Path chartDir, List<HelmChart> charts, List<ImportResult.Skipped> skipped,
                             Counter counter) throws CatalogException {
        String name = chartDir.getFileName().toString();
        Path infoFile = chartDir.resolve("info.yaml");
        String display = null;
        String description = null;
        if (Files.isRegularFile(infoFile)) {
            counter.tick();
            try {
                JsonNode info = yaml.read(infoFile, rel(root, infoFile));
                JsonNode md = info == null ? null : info.get("metadata");
                display = DefinitionReader.text(md, "display-name");
                description = DefinitionReader.text(md, "short-description");
            } catch (CatalogException e) {
                skipped.add(new ImportResult.Skipped(rel(root, infoFile), reasonOf(e)));
            }
        }
        Path helmDir = chartDir.resolve("helm");
        List<ChartVersion> versions = new ArrayList<>();
        String ociName = null;
        if (Files.isDirectory(helmDir)) {
            for (Path f : listYaml(helmDir)) {
                counter.tick();
                String relName = rel(root, f);
                try {
                    JsonNode d = yaml.read(f, relName);
                    if (d == null || !d.isObject() || !"helm".equals(DefinitionReader.text(d, "variant"))) {
                        throw new CatalogException(relName, null, "not a Helm chart definition (variant is not 'helm')");
                    }
                    String image = DefinitionReader.text(d, "image");
                    List<String> tags = DefinitionReader.strings(d.get("tags"));
                    if (image == null || !image.startsWith("dhi.io/") || tags.isEmpty()) {
                        throw new CatalogException(relName, null, "chart definition needs 'image: dhi.io/<name>' and a tag");
                    }
                    ociName = image.substring("dhi.io/".length());
                    versions.add(new ChartVersion(tags.get(0), rel(chartDir, f), ChartReader.chartImages(d)));
                } catch (CatalogException e) {
                    skipped.add(new ImportResult.Skipped(relName, reasonOf(e)));
                }
            }
        }
        // config/ and other folders hold chart values, not definitions; they are not read.
        if (versions.isEmpty()) {
            skipped.add(new ImportResult.Skipped(rel(root, chartDir), "chart has no usable helm/<version>.yaml"));
            return;
        }
        versions.sort((a, b) -> VersionOrder.compare(b.version(), a.version()));
        charts.add(new HelmChart(name, ociName, display, description, versions));
    }
}
