package dev.dhipicker.catalog;

import dev.dhipicker.catalog.PositionedYaml.Alias;
import dev.dhipicker.catalog.PositionedYaml.Document;
import dev.dhipicker.catalog.PositionedYaml.Mapping;
import dev.dhipicker.catalog.PositionedYaml.Scalar;
import dev.dhipicker.catalog.PositionedYaml.Sequence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionedYamlTest {
    private final PositionedYaml yaml = new PositionedYaml(PositionedYaml.Limits.standard());

    @Test
    void everyDocumentWithLinesColumnsAndTheSourceSpanOfEachScalar() throws Exception {
        String text = "# comment\na: 1\n---\nkind: Pod\nspec:\n  containers:\n    - image: \"nginx:1.27\"  # quoted\n"
                + "      name: web\n---\n";
        List<Document> docs = yaml.read(text);
        assertThat(docs).hasSize(3);
        assertThat(docs.get(2).root()).isInstanceOfSatisfying(Scalar.class, s -> assertThat(s.value()).isEmpty());
        Mapping pod = (Mapping) docs.get(1).root();
        assertThat(docs.get(1).line()).isEqualTo(3);
        Mapping c = (Mapping) ((Sequence) pod.mapping("spec").get("containers")).items().get(0);
        Scalar image = c.scalar("image");
        assertThat(image.value()).isEqualTo("nginx:1.27");
        assertThat(image.line()).isEqualTo(7);
        assertThat(image.column()).isEqualTo(14);
        assertThat(image.plain()).isFalse();
        assertThat(text.substring(image.start(), image.end())).isEqualTo("\"nginx:1.27\"");
        Scalar name = c.scalar("name");
        assertThat(name.plain()).isTrue();
        assertThat(text.substring(name.start(), name.end())).isEqualTo("web");
    }

    @Test
    void spansAreJavaStringOffsetsAlsoAfterCharactersOutsideTheBasicPlane() throws Exception {
        String text = "note: \"\uD83D\uDE80 rocket\"\nimage: redis:7\n";
        Scalar image = ((Mapping) yaml.read(text).get(0).root()).scalar("image");
        assertThat(text.substring(image.start(), image.end())).isEqualTo("redis:7");
    }

    @Test
    void aliasesStayAliasesSoABillionLaughsCostsOnlyItsOwnSize() throws Exception {
        StringBuilder b = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                b.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        Mapping root = (Mapping) yaml.read(b.toString()).get(0).root();
        Sequence last = root.sequence("a9");
        assertThat(last.items()).hasSize(9).allSatisfy(n -> assertThat(n).isInstanceOf(Alias.class));
    }

    @Test
    void anAliasOfAScalarIsTheAnchoredScalarItself() throws Exception {
        String text = "x-img: &img python:3.12\nservices:\n  a:\n    image: *img\n";
        Mapping root = (Mapping) yaml.read(text).get(0).root();
        Scalar image = root.mapping("services").mapping("a").scalar("image");
        assertThat(image).isSameAs(root.scalar("x-img"));
        assertThat(text.substring(image.start(), image.end())).isEqualTo("python:3.12");
    }

    @Test
    void aMergeKeyAddsTheAnchoredEntriesTheMappingDoesNotWriteAsTheSameNodes() throws Exception {
        String text = "x-base: &base\n  image: redis:7\n  restart: always\nx-more: &more\n  restart: never\n  user: '1000'\n"
                + "services:\n  a:\n    <<: *base\n  b:\n    restart: on-failure\n    <<: [*more, *base]\n    ports: [80]\n"
                + "  c:\n    <<: *nowhere\n  d:\n    <<: {image: nginx}\n";
        Mapping root = (Mapping) yaml.read(text).get(0).root();
        Mapping base = root.mapping("x-base");
        Mapping a = root.mapping("services").mapping("a");
        assertThat(a.entries()).extracting(e -> e.key().value()).containsExactly("image", "restart");
        assertThat(a.scalar("image")).isSameAs(base.scalar("image"));
        assertThat(a.scalar("image").line()).isEqualTo(2);
        Mapping b = root.mapping("services").mapping("b");
        // its own keys win wherever they are written; of the merged mappings, the first wins
        assertThat(b.entries()).extracting(e -> e.key().value()).containsExactly("restart", "user", "image", "ports");
        assertThat(b.scalar("restart").value()).isEqualTo("on-failure");
        assertThat(b.scalar("user").value()).isEqualTo("1000");
        Mapping c = root.mapping("services").mapping("c");
        assertThat(c.entries()).singleElement().satisfies(e -> {
            assertThat(e.key().value()).isEqualTo("<<");
            assertThat(e.value()).isInstanceOf(Alias.class);
        });
        assertThat(root.mapping("services").mapping("d").scalar("image").value()).isEqualTo("nginx");
    }

    @Test
    void mergeKeysThatDoubleAtEachStepAreStoppedAtTheNodeBound() throws Exception {
        StringBuilder b = new StringBuilder("m0: &m0 {a: 1, b: 2, c: 3}\n");
        for (int i = 1; i < 40; i++) {
            b.append("m").append(i).append(": &m").append(i).append(" {<<: *m").append(i - 1).append(", k").append(i)
                    .append(": {<<: *m").append(i - 1).append("}}\n");
        }
        String text = b.toString();
        assertThat(text.length()).isLessThan(2000);
        assertThatThrownBy(() -> yaml.read(text)).isInstanceOf(PositionedYaml.YamlException.class)
                .hasMessageContaining("once merge keys are applied");
        PositionedYaml small = new PositionedYaml(new PositionedYaml.Limits(64, 500));
        assertThatThrownBy(() -> small.read(text.lines().limit(10).collect(java.util.stream.Collectors.joining("\n"))))
                .hasMessageContaining("more than 500 YAML nodes");
        Mapping fine = (Mapping) small.read(text.lines().limit(4).collect(java.util.stream.Collectors.joining("\n")))
                .get(0).root();
        assertThat(fine.mapping("m3").entries()).extracting(e -> e.key().value())
                .containsExactly("a", "b", "c", "k1", "k2", "k3");
    }

    @Test
    void nestingDeeperThanTheLimitIsAnErrorWithItsLine() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> yaml.read(deep)).isInstanceOf(PositionedYaml.YamlException.class)
                .hasMessageContaining("nested deeper than 64");
    }

    @Test
    void tooManyNodesIsAnError() {
        PositionedYaml small = new PositionedYaml(new PositionedYaml.Limits(10, 5));
        assertThatThrownBy(() -> small.read("[1, 2, 3, 4, 5, 6]")).isInstanceOf(PositionedYaml.YamlException.class)
                .hasMessageContaining("more than 5");
    }

    @Test
    void brokenYamlNamesItsLine() {
        assertThatThrownBy(() -> yaml.read("a: 1\nb: [1, 2\nc: 3\n")).isInstanceOfSatisfying(
                PositionedYaml.YamlException.class, e -> assertThat(e.line()).isGreaterThanOrEqualTo(3));
    }
}
