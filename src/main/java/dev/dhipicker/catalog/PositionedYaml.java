package dev.dhipicker.catalog;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads every document of a YAML text into a small tree that remembers where each node was
 * written: line, column and, for scalars, the exact span of the source text (quotes included), so
 * that a value can be replaced in place without re-serialising the file. It works on SnakeYAML's
 * parser events: an alias of a scalar is that scalar (same position: the anchor's), an alias of a
 * mapping or sequence stays an {@link Alias} and is never expanded (a "billion laughs" file costs
 * no more than its own size), and the nesting depth and the number of nodes are bounded. A merge
 * key ({@code <<: *base}, {@code <<: [*a, *b]}) is applied as YAML 1.1 defines it: the anchored
 * mapping's entries that the mapping does not write itself are added where the merge key was
 * (earlier mappings of a list first), as the very same nodes, so a value merged into several
 * mappings keeps the one position of its anchor; every node a merge adds counts against the bound.
 */
public final class PositionedYaml {

    /** A node of the tree; line and column are 1-based. */
    public sealed interface Node permits Mapping, Sequence, Scalar, Alias {
        /** 1-based line where the node starts. */
        int line();

        /** 1-based column where the node starts. */
        int column();
    }

    /**
     * A mapping, its entries in file order (a key written twice appears twice).
     *
     * @param entries the entries whose key is a scalar (complex keys are left out)
     */
    public record Mapping(int line, int column, List<Entry> entries) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The value of the first entry with this key, or null. */
        public Node get(String key) {
            for (Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }

        /** The entry with this key, or null. */
        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        /** The value of this key when it is a scalar, or null. */
        public Scalar scalar(String key) {
            return get(key) instanceof Scalar s ? s : null;
        }

        /** The value of this key when it is a mapping, or null. */
        public Mapping mapping(String key) {
            return get(key) instanceof Mapping m ? m : null;
        }

        /** The value of this key when it is a sequence, or null. */
        public Sequence sequence(String key) {
            return get(key) instanceof Sequence s ? s : null;
        }
    }

    /** One key and its value. */
    public record Entry(Scalar key, Node value) {
    }

    /** A sequence, items in order. */
    public record Sequence(int line, int column, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /**
     * A scalar.
     *
     * @param value the value after YAML's unquoting and folding
     * @param start offset (in the Java string) of its first source character, a quote included
     * @param end   offset just past its last source character
     * @param plain true for a plain (unquoted, not block) scalar
     */
    public record Scalar(int line, int column, String value, int start, int end, boolean plain) implements Node {
    }

    /** An alias ({@code *name}), kept as written. */
    public record Alias(int line, int column, String anchor) implements Node {
    }

    /**
     * One document of the stream.
     *
     * @param line 1-based line where it starts
     * @param root its root node, or null for an empty document
     */
    public record Document(int line, Node root) {
    }

    /** A YAML text that cannot be read, with the place it stopped. */
    public static final class YamlException extends Exception {
        private final int line;
        private final int column;

        YamlException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** 1-based line, or 0 when unknown. */
        public int line() {
            return line;
        }

        /** 1-based column, or 0 when unknown. */
        public int column() {
            return column;
        }
    }

    /**
     * The bounds a text must stay within.
     *
     * @param maxDepth the deepest nesting of mappings and sequences
     * @param maxNodes the most nodes in all documents together
     */
    public record Limits(int maxDepth, int maxNodes) {
        /** 64 levels and 200,000 nodes: far above any manifest, values or CI file. */
        public static Limits standard() {
            return new Limits(64, 200_000);
        }
    }

    private final Limits limits;

    public PositionedYaml(Limits limits) {
        this.limits = limits;
    }

    /**
     * Reads all documents of a text.
     *
     * @throws YamlException for broken YAML or a text beyond the limits, naming the line
     */
    public List<Document> read(String text) throws YamlException {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(Math.max(text.length() + 1, 1024));
        o.setProcessComments(false);
        Run run = new Run(text, new ParserImpl(new StreamReader(text), o));
        try {
            return run.documents();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new YamlException(m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
                    firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (YAMLException e) {
            throw new YamlException(0, 0, firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable YAML";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** One reading: the parser, the code-point-to-char offsets and the counters. */
    private final class Run {
        private final String text;
        private final Parser parser;
        private final boolean simple;
        private int[] charOfCodePoint;
        private int nodes;
        private final java.util.Map<String, Scalar> anchors = new java.util.HashMap<>();
        private final java.util.Map<String, Mapping> mappings = new java.util.HashMap<>();
        /** The number of nodes under each collection, itself included. */
        private final java.util.Map<Node, Integer> sizes = new java.util.IdentityHashMap<>();

        Run(String text, Parser parser) {
            this.text = text;
            this.parser = parser;
            this.simple = text.codePointCount(0, text.length()) == text.length();
        }

        List<Document> documents() throws YamlException {
            List<Document> docs = new ArrayList<>();
            while (true) {
                Event e = parser.getEvent();
                if (e.is(Event.ID.StreamEnd)) {
                    return docs;
                }
                if (e instanceof DocumentStartEvent) {
                    int line = e.getStartMark().getLine() + 1;
                    Node root = null;
                    if (!parser.checkEvent(Event.ID.DocumentEnd)) {
                        root = node(parser.getEvent(), 1);
                    }
                    parser.getEvent(); // DocumentEnd
                    docs.add(new Document(line, root));
                }
            }
        }

        private Node node(Event e, int depth) throws YamlException {
            if (++nodes > limits.maxNodes()) {
                throw new YamlException(line(e), column(e), "more than " + limits.maxNodes() + " YAML nodes");
            }
            if (e instanceof ScalarEvent s) {
                int start = offset(s.getStartMark());
                int end = offset(s.getEndMark());
                int column = column(e);
                // the event starts at its properties (&anchor, !tag); the span starts at the value
                int value = start;
                while (value < end && (text.charAt(value) == '&' || text.charAt(value) == '!')) {
                    while (value < end && !Character.isWhitespace(text.charAt(value))) {
                        value++;
                    }
                    while (value < end && (text.charAt(value) == ' ' || text.charAt(value) == '\t')) {
                        value++;
                    }
                }
                Scalar scalar = new Scalar(line(e), column + (value - start), s.getValue(), value, end, s.isPlain());
                if (s.getAnchor() != null) {
                    anchors.put(s.getAnchor(), scalar);
                    mappings.remove(s.getAnchor());
                }
                return scalar;
            }
            if (e instanceof AliasEvent a) {
                Scalar anchored = anchors.get(a.getAnchor());
                return anchored != null ? anchored : new Alias(line(e), column(e), a.getAnchor());
            }
            String anchor = e instanceof org.yaml.snakeyaml.events.NodeEvent n ? n.getAnchor() : null;
            if (depth > limits.maxDepth()) {
                throw new YamlException(line(e), column(e), "nested deeper than " + limits.maxDepth() + " levels");
            }
            if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
                // a collection anchor defined again later must not resolve to an older scalar
                if (anchor != null) {
                    anchors.remove(anchor);
                    mappings.remove(anchor);
                }
            }
            if (e instanceof MappingStartEvent) {
                List<Entry> entries = new ArrayList<>();
                int size = 1;
                while (!parser.checkEvent(Event.ID.MappingEnd)) {
                    Node key = node(parser.getEvent(), depth + 1);
                    Node value = node(parser.getEvent(), depth + 1);
                    size += 1 + size(value);
                    if (key instanceof Scalar k) {
                        entries.add(new Entry(k, value));
                    }
                }
                parser.getEvent();
                Mapping m = new Mapping(line(e), column(e), merged(entries, e));
                sizes.put(m, size + merged);
                merged = 0;
                if (anchor != null) {
                    mappings.put(anchor, m);
                }
                return m;
            }
            if (e instanceof SequenceStartEvent) {
                List<Node> items = new ArrayList<>();
                int size = 1;
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    Node item = node(parser.getEvent(), depth + 1);
                    size += size(item);
                    items.add(item);
                }
                parser.getEvent();
                Sequence s = new Sequence(line(e), column(e), items);
                sizes.put(s, size);
                return s;
            }
            throw new IllegalStateException("unexpected YAML event " + e.getEventId());
        }

        /** Nodes a merge added to the mapping being built (counted in its size). */
        private int merged;

        private int size(Node n) {
            return n instanceof Mapping || n instanceof Sequence ? sizes.getOrDefault(n, 1) : 1;
        }

        /**
         * The entries with each merge key ({@code <<}) replaced by the entries of the mappings it
         * names that are not written in the mapping itself; a merge key whose value is not a known
         * mapping (or a list of them) stays as written.
         */
        private List<Entry> merged(List<Entry> entries, Event at) throws YamlException {
            boolean any = false;
            java.util.Set<String> own = new java.util.HashSet<>();
            for (Entry x : entries) {
                if (isMerge(x)) {
                    any = true;
                } else {
                    own.add(x.key().value());
                }
            }
            if (!any) {
                return entries;
            }
            List<Entry> out = new ArrayList<>();
            for (Entry x : entries) {
                List<Mapping> sources = isMerge(x) ? sources(x.value()) : null;
                if (sources == null) {
                    out.add(x);
                    continue;
                }
                for (Mapping source : sources) {
                    for (Entry y : source.entries()) {
                        if (own.add(y.key().value())) {
                            out.add(y);
                            merged += 1 + size(y.value());
                            nodes += 1 + size(y.value());
                            if (nodes > limits.maxNodes()) {
                                throw new YamlException(line(at), column(at),
                                        "more than " + limits.maxNodes() + " YAML nodes once merge keys are applied");
                            }
                        }
                    }
                }
            }
            return out;
        }

        private boolean isMerge(Entry x) {
            return x.key().value().equals("<<") && x.key().plain();
        }

        /** The mappings a merge key's value names, or null when it names something else. */
        private List<Mapping> sources(Node value) {
            if (value instanceof Mapping m) {
                return List.of(m);
            }
            if (value instanceof Alias a) {
                Mapping m = mappings.get(a.anchor());
                return m == null ? null : List.of(m);
            }
            if (value instanceof Sequence s) {
                List<Mapping> out = new ArrayList<>();
                for (Node item : s.items()) {
                    List<Mapping> one = sources(item);
                    if (one == null || item instanceof Sequence) {
                        return null;
                    }
                    out.addAll(one);
                }
                return out;
            }
            return null;
        }

        private int line(Event e) {
            return e.getStartMark().getLine() + 1;
        }

        private int column(Event e) {
            return e.getStartMark().getColumn() + 1;
        }

        /** The Java string offset of a mark (SnakeYAML counts code points). */
        private int offset(Mark m) {
            int cp = m.getIndex();
            if (simple) {
                return cp;
            }
            if (charOfCodePoint == null) {
                charOfCodePoint = new int[text.codePointCount(0, text.length()) + 1];
                int c = 0;
                for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                    charOfCodePoint[c++] = i;
                }
                charOfCodePoint[c] = text.length();
            }
            return charOfCodePoint[Math.min(cp, charOfCodePoint.length - 1)];
        }
    }
}
