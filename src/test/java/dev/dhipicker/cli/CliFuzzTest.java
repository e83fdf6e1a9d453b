package dev.dhipicker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's fuzz suite: hostile options, mutated catalogs and awkward output targets, run
 * through the real CLI in-process. Whatever the input, the run exits with 0, 1 or 2, a failure is
 * one line on standard error with no stack trace, no control character reaches the terminal, no
 * file but the target changes, and no temporary file is left. The tries are sized so the suite
 * takes about a minute on a CI machine; every failure prints the seed to replay it.
 */
class CliFuzzTest {

    /** Values a hostile or careless user (or catalog) might give. */
    static final List<String> HOSTILE = List.of("", " ", "\n", "a\nb", "\r\n", "\t", "\u0000", "\u001b[31mred",
            "\u001b]0;title\u0007", "\u009b2J", "\u202eevil", "../../etc/passwd", "$(id)", "`id`", "'", "\"", "\\",
            "a".repeat(300), "9".repeat(40), "1e999", "-1", "0", "NaN", "😀", "中文", "%n%s", "{0}", "@/etc/passwd",
            "--force", "-o", "FROM scratch", "FROM    ", "python", "python:3.13", "dhi.io/python:3.13-dev",
            "dhi.io/python:3.13@sha512:" + "ab".repeat(32), "x@md5:" + "ab".repeat(16), "acme/dhi-node:24",
            "a/b/c", "evil.com/redis2", "+999999999-12-31", "2026-02-30", "2026-11-26", "3.13", "glibc", "musl");
    static final List<String> WORKLOADS = List.of("python", "node", "go", "java", "dotnet", "php", "ruby", "rust",
            "static-site", "redis", "nginx", "nosuch");
    static final List<String> OPTIONS = List.of("--version", "--libc", "--size", "--compliance", "--helm", "--org",
            "--today", "--format", "--entry", "--paper", "--lang", "--search", "--catalog");
    static final Map<String, List<String>> GOOD = Map.of(
            "--libc", List.of("glibc", "musl", "any"), "--size", List.of("smallest", "balanced", "compatible"),
            "--compliance", List.of("none", "fips", "stig", "fips-stig"),
            "--helm", List.of("none", "own-chart", "upstream-chart", "dhi-chart"), "--format", List.of("text", "json"),
            "--paper", List.of("a4", "letter"), "--lang", List.of("en", "zh-CN"), "--org", List.of("acme"),
            "--today", List.of("2026-11-26"), "--version", List.of("3.13", "24", "1.26"));

    static Path sandbox;
    static byte[] smallCatalog;

    @BeforeContainer
    static void setUp() throws Exception {
        sandbox = Files.createTempDirectory("dhi-fuzz");
        smallCatalog = smallCatalog();
    }

    @AfterContainer
    static void tearDown() throws Exception {
        if (sandbox != null) {
            try (Stream<Path> s = Files.walk(sandbox)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The bundled catalog cut down to the repositories the workload profiles need (and a few
     * charts), so that each mutated copy loads quickly.
     */
    static byte[] smallCatalog() throws IOException {
        ObjectMapper m = new ObjectMapper();
        JsonNode profiles;
        ObjectNode catalog;
        try (var in = CliFuzzTest.class.getResourceAsStream("/catalog-data/profiles.json");
             var c = CliFuzzTest.class.getResourceAsStream("/catalog-data/dhi-catalog.json")) {
            profiles = m.readTree(in);
            catalog = (ObjectNode) m.readTree(c);
        }
        Set<String> needed = new HashSet<>(List.of("redis"));
        for (JsonNode p : profiles.get("profiles")) {
            needed.add(p.get("build").get("repository").asText());
            needed.add(p.get("runtime").get("repository").asText());
        }
        ArrayNode repos = catalog.withArray("repositories");
        for (int i = repos.size() - 1; i >= 0; i--) {
            if (!needed.contains(repos.get(i).get("name").asText())) {
                repos.remove(i);
            }
        }
        ArrayNode charts = catalog.withArray("charts");
        while (charts.size() > 3) {
            charts.remove(charts.size() - 1);
        }
        return m.writeValueAsBytes(catalog);
    }

    // ---------------------------------------------------------------- invariants

    record Outcome(CliTest.Run run, String command) {
    }

    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String what;
                if (a.isSymbolicLink()) {
                    what = "link->" + Files.readSymbolicLink(p);
                } else if (a.isDirectory()) {
                    what = "dir";
                } else if (a.isRegularFile()) {
                    what = "file:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
                } else {
                    what = "special";
                }
                out.put(dir.relativize(p).toString(), what);
            }
        }
        return out;
    }

    static void assertInvariants(CliTest.Run r, String command) {
        Statistics.label("exit code").collect(r.code());
        assertThat(r.code()).as(r.err()).isIn(0, 1, 2);
        long errLines = r.err().strip().lines().count();
        if (r.code() != 0) {
            if (command.equals("explain")) {
                assertThat(errLines).as(r.err()).isLessThanOrEqualTo(1); // invalid inputs are reported on stdout
            } else {
                assertThat(errLines).as(r.err()).isEqualTo(1);
            }
        }
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
        assertNoControlCharacters(r.out());
        assertNoControlCharacters(r.err());
    }

    static void assertNoControlCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && (Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e'))) {
                throw new AssertionError("control character U+" + Integer.toHexString(c) + " printed at " + i + " in: " + s);
            }
        }
    }

    static void assertNoTempFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
        }
    }

    static Path freshDir(String prefix) throws IOException {
        return Files.createTempDirectory(sandbox, prefix);
    }

    static String pick(Random r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    // ---------------------------------------------------------------- 1. hostile CLI options

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void hostileOptionsNeverEndInAStackTraceOrAStrayFile(@ForAll("seeds") long seed) throws Exception {
        Random r = new Random(seed);
        Path dir = freshDir("opts");
        Files.writeString(dir.resolve("keep.txt"), "untouched");
        String command = pick(r, List.of("catalog", "explain", "recommend", "dockerfile", "dockerfile", "sheet"));
        List<String> args = new ArrayList<>(List.of(command));
        if (command.equals("explain")) {
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                args.add(pick(r, HOSTILE));
            }
        } else if (!command.equals("catalog")) {
            args.addAll(List.of("--workload", r.nextInt(4) == 0 ? pick(r, HOSTILE) : pick(r, WORKLOADS)));
        }
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            String option = pick(r, OPTIONS);
            String value = r.nextBoolean() && GOOD.containsKey(option) ? pick(r, GOOD.get(option)) : pick(r, HOSTILE);
            if (option.equals("--catalog")) {
                value = r.nextBoolean() ? "/dev/null" : dir.resolve(pick(r, List.of("missing.json", "keep.txt"))).toString();
            }
            args.add(r.nextBoolean() ? option + "=" + value : option);
            if (!args.get(args.size() - 1).contains("=")) {
                args.add(value);
            }
        }
        Path target = dir.resolve(command.equals("sheet") ? "out.pdf" : "Dockerfile");
        if (command.equals("sheet") || (command.equals("dockerfile") && r.nextBoolean())) {
            args.addAll(List.of("-o", target.toString()));
        }
        Map<String, String> before = snapshot(dir);
        CliTest.Run run = CliTest.run(args.toArray(new String[0]));
        assertInvariants(run, command);
        Map<String, String> after = snapshot(dir);
        after.remove(dir.relativize(target).toString());
        before.remove(dir.relativize(target).toString());
        assertThat(after).as("no file but the target changed: %s", args).isEqualTo(before);
        assertNoTempFiles(dir);
        // the suite must reach both the success and the refusal paths, or it proves nothing
        Statistics.label("exit code").coverage(c -> {
            c.check(0).count(n -> n > 0);
            c.check(2).count(n -> n > 0);
        });
    }

    // ---------------------------------------------------------------- 2. mutated catalogs

    /** A path to a value in the tree: the container and the key (field name or index). */
    record Slot(JsonNode parent, String field, int index) {
        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(field, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    static void slots(JsonNode n, List<Slot> out) {
        if (n instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(o, e.getKey(), -1));
                slots(e.getValue(), out);
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                slots(a.get(i), out);
            }
        }
    }

    static byte[] mutate(Random r) throws IOException {
        ObjectMapper m = new ObjectMapper();
        int kind = r.nextInt(10);
        if (kind >= 7) {
            byte[] b = smallCatalog.clone();
            switch (kind) {
                case 7 -> { // flip bytes
                    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                        b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                    }
                    return b;
                }
                case 8 -> { // truncate
                    return java.util.Arrays.copyOf(b, r.nextInt(b.length));
                }
                default -> { // duplicate key or deep nesting
                    String s = new String(b, StandardCharsets.UTF_8);
                    return (r.nextBoolean() ? s.replaceFirst("\"format\":1", "\"format\":1,\"format\":1")
                            : s.replaceFirst("\"format\":1", "\"format\":1,\"deep\":" + "[".repeat(5000) + "]".repeat(5000)))
                            .getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        JsonNode root = m.readTree(smallCatalog);
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            Slot s = slots.get(r.nextInt(slots.size()));
            switch (r.nextInt(6)) {
                case 0, 1, 2 -> s.set(f.textNode(pick(r, HOSTILE)));
                case 3 -> s.set(r.nextBoolean() ? f.nullNode() : f.numberNode(r.nextInt(5) - 2));
                case 4 -> s.set(r.nextBoolean() ? f.arrayNode() : f.objectNode());
                default -> s.remove();
            }
        }
        return m.writeValueAsBytes(root);
    }

    @Property(tries = 100, shrinking = ShrinkingMode.OFF)
    void mutatedCatalogsAreRefusedInOneLineOrGiveSafeOutput(@ForAll("seeds") long seed) throws Exception {
        Random r = new Random(seed);
        Path dir = freshDir("cat");
        Path catalog = Files.write(dir.resolve("catalog.json"), mutate(r));
        Path target = dir.resolve("Dockerfile");
        String workload = pick(r, List.of("python", "node", "go", "java", "redis", "nginx", "php"));
        List<List<String>> commands = List.of(
                List.of("catalog", "--format", pick(r, List.of("text", "json"))),
                List.of("explain", "dhi.io/" + workload + ":latest", pick(r, HOSTILE)),
                List.of("recommend", "--workload", workload, "--lang", pick(r, List.of("en", "zh-CN"))),
                List.of("dockerfile", "--workload", workload, "-o", target.toString()));
        List<String> args = new ArrayList<>(List.of("--catalog", catalog.toString()));
        args.addAll(commands.get(r.nextInt(commands.size())));
        Map<String, String> before = snapshot(dir);
        CliTest.Run run = CliTest.run(args.toArray(new String[0]));
        assertInvariants(run, args.get(2));
        if (run.code() == 0 && Files.exists(target)) {
            String text = Files.readString(target);
            assertNoControlCharacters(text.replace("\t", ""));
            for (String line : text.lines().filter(l -> l.startsWith("FROM ")).toList()) {
                dev.dhipicker.catalog.ref.FromLine.parse(line.replace("${ORG}", "acme"));
            }
        }
        Map<String, String> after = snapshot(dir);
        after.remove("Dockerfile");
        before.remove("Dockerfile");
        assertThat(after).isEqualTo(before);
        assertNoTempFiles(dir);
        Statistics.label("exit code").coverage(c -> {
            c.check(0).count(n -> n > 0);
            c.check(1).count(n -> n > 0);
        });
    }

    // ---------------------------------------------------------------- 3. output targets

    enum Target { ABSENT, REGULAR, DIRECTORY, DANGLING_LINK, LINK_TO_FILE, FIFO, DEVICE, EMPTY_NAME, MISSING_FOLDER, ODD_NAME }

    static boolean make(String tool, Path p, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(tool, p.toString()));
        cmd.addAll(List.of(args));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        proc.getInputStream().readAllBytes();
        return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0;
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void outputTargetsThatAreNotRegularFilesAreNeverReplaced(@ForAll Target kind, @ForAll boolean force,
                                                             @ForAll @IntRange(min = 0, max = 2) int which) throws Exception {
        Path dir = freshDir("out");
        Files.writeString(dir.resolve("other.txt"), "untouched");
        Path target = dir.resolve("target");
        switch (kind) {
            case REGULAR -> Files.writeString(target, "mine");
            case DIRECTORY -> Files.createDirectory(target);
            case DANGLING_LINK -> Files.createSymbolicLink(target, Path.of("nothere"));
            case LINK_TO_FILE -> Files.createSymbolicLink(target, dir.resolve("other.txt"));
            case FIFO -> {
                if (!make("mkfifo", target)) {
                    return;
                }
            }
            case DEVICE -> {
                if (!make("mknod", target, "c", "1", "3")) {
                    return;
                }
            }
            case MISSING_FOLDER -> target = dir.resolve("no/such/target");
            case ODD_NAME -> target = dir.resolve("a\nb\u001b[1m");
            default -> {
            }
        }
        String name = kind == Target.EMPTY_NAME ? "" : target.toString();
        String command = List.of("dockerfile", "sheet", "dockerfile").get(which);
        List<String> args = new ArrayList<>(List.of(command, "--workload", "go", "-o", name));
        if (force) {
            args.add("--force");
        }
        Map<String, String> before = snapshot(dir);
        CliTest.Run run = CliTest.run(args.toArray(new String[0]));
        assertInvariants(run, command);
        Map<String, String> after = snapshot(dir);
        String key = dir.relativize(target).toString();
        boolean mayWrite = kind == Target.ABSENT || kind == Target.ODD_NAME || (kind == Target.REGULAR && force);
        assertThat(run.code() == 0).as(run.err()).isEqualTo(mayWrite);
        if (mayWrite) {
            assertThat(after.get(key)).startsWith("file:");
            after.remove(key);
            before.remove(key);
        }
        assertThat(after).as("only the target may change").isEqualTo(before);
        assertNoTempFiles(dir);
    }
}
