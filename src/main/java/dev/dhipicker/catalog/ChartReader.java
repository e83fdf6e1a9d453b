package dev.dhipicker.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Finds the images a DHI Helm chart definition pins, with their digests. */
final class ChartReader {
    private ChartReader() {
    }

    static List<ChartImage> chartImages(JsonNode d) {
        JsonNode vars = d.get("vars");
        String registry = DefinitionReader.text(vars, "DHI_REGISTRY");
        String namespace = DefinitionReader.text(vars, "DHI_NAMESPACE");
        List<ChartImage> out = new ArrayList<>();
        collectChartImages(d.get("contents"), out);
        if (out.isEmpty() && vars != null && vars.isObject()) {
            vars.fields().forEachRemaining(e -> {
                if (e.getKey().endsWith("_REFERENCE") && e.getValue().isTextual()) {
                    String n = e.getKey().substring(0, e.getKey().length() - "_REFERENCE".length())
                            .toLowerCase(Locale.ROOT).replace('_', '-');
                    out.add(new ChartImage(n, e.getValue().asText()));
                }
            });
        }
        List<ChartImage> resolved = new ArrayList<>();
        for (ChartImage i : out) {
            String ref = i.reference();
            if (registry != null && namespace != null && ref.startsWith(namespace + "/")) {
                ref = registry + ref.substring(namespace.length());
            }
            resolved.add(new ChartImage(i.name(), ref));
        }
        return resolved;
    }

    private static void collectChartImages(JsonNode n, List<ChartImage> out) {
        if (n == null) {
            return;
        }
        if (n.isObject()) {
            JsonNode chart = n.get("chart");
            if (chart != null && chart.isObject() && chart.get("images") != null && chart.get("images").isArray()) {
                for (JsonNode img : chart.get("images")) {
                    String name = DefinitionReader.text(img, "name");
                    String ref = DefinitionReader.text(img, "ref");
                    if (name != null && ref != null) {
                        out.add(new ChartImage(name, ref));
                    }
                }
            }
            n.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("chart")) {
                    collectChartImages(e.getValue(), out);
                }
            });
        } else if (n.isArray()) {
            for (JsonNode e : n) {
                collectChartImages(e, out);
            }
        }
    }
}
