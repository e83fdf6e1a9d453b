package dev.dhipicker.export;

import dev.dhipicker.catalog.Variant;
import dev.dhipicker.catalog.ref.DistroFamily;
import dev.dhipicker.catalog.ref.Libc;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.ComplianceNeed;
import dev.dhipicker.recommend.HelmUse;
import dev.dhipicker.recommend.LibcNeed;
import dev.dhipicker.recommend.SizePriority;

import java.util.List;
import java.util.Locale;

/**
 * How answer values, distros, C libraries, variants and catalog categories are named to people,
 * in the language of the messages. The ids ({@code any}, {@code balanced}, {@code debian}) stay
 * the vocabulary of the command-line options and the JSON output; every text output (CLI text,
 * Dockerfile comments, comparison sheet, wizard) names values through this class.
 */
public final class ValueLabels {
    private final Messages m;

    /** Labels in the language of the given messages. */
    public ValueLabels(Messages messages) {
        this.m = messages;
    }

    /** The C library answer: needs glibc, musl is fine, not sure. */
    public String libcNeed(LibcNeed v) {
        return m.get(switch (v) {
            case GLIBC -> "value.libcNeed.glibc";
            case MUSL -> "value.libcNeed.musl";
            case ANY -> "value.libcNeed.any";
        });
    }

    /** The image size answer. */
    public String size(SizePriority v) {
        return m.get(switch (v) {
            case SMALLEST -> "value.size.smallest";
            case BALANCED -> "value.size.balanced";
            case COMPATIBLE -> "value.size.compatible";
        });
    }

    /** The compliance answer. */
    public String compliance(ComplianceNeed v) {
        return m.get(switch (v) {
            case NONE -> "value.compliance.none";
            case FIPS -> "value.compliance.fips";
            case STIG -> "value.compliance.stig";
            case FIPS_STIG -> "value.compliance.fips-stig";
        });
    }

    /** The Helm answer. */
    public String helm(HelmUse v) {
        return m.get(switch (v) {
            case NONE -> "value.helm.none";
            case OWN_CHART -> "value.helm.own-chart";
            case UPSTREAM_CHART -> "value.helm.upstream-chart";
            case DHI_CHART -> "value.helm.dhi-chart";
        });
    }

    /** A distro as a name with its version ({@code Debian 13}); the version may be null. */
    public String distro(DistroFamily family, String version) {
        return family == null ? "-" : distro(family.id(), version);
    }

    /** A distro given by its id ({@code debian}, {@code alpine}) as a name with its version. */
    public static String distro(String id, String version) {
        if (id == null || id.isEmpty()) {
            return "-";
        }
        String name = id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
        return version == null || version.isEmpty() ? name : name + " " + version;
    }

    /** The C library of an image: glibc and musl keep their names; none says "no C library". */
    public String libc(Libc libc) {
        if (libc == null) {
            return "-";
        }
        return libc == Libc.NONE ? m.get("facts.libc.none") : libc.id();
    }

    /** The C library given by its id ({@code glibc}, {@code musl}, {@code none}). */
    public String libc(String id) {
        Libc l = Libc.fromId(id);
        return l == null ? id : libc(l);
    }

    /** An image variant: runtime or dev. */
    public String variant(Variant v) {
        return m.get(v == Variant.DEV ? "value.variant.dev" : "value.variant.runtime");
    }

    /** A variant given by its id ({@code runtime}, {@code dev}). */
    public String variant(String id) {
        Variant v = Variant.fromId(id);
        return v == null ? id : variant(v);
    }

    /** Values joined as a list: {@code a, b} in English, {@code a、b} in Chinese. */
    public String list(List<String> values) {
        return String.join(m.get("value.list.separator"), values);
    }

    /** A catalog category slug as words; an unknown slug is shown as it is. */
    public String category(String slug) {
        String key = switch (slug) {
            case "monitoring-and-observability" -> "category.monitoring-and-observability";
            case "message-queues" -> "category.message-queues";
            case "integration-and-delivery" -> "category.integration-and-delivery";
            case "data-science" -> "category.data-science";
            case "developer-tools" -> "category.developer-tools";
            case "security" -> "category.security";
            case "networking" -> "category.networking";
            case "languages-and-frameworks" -> "category.languages-and-frameworks";
            case "web-servers" -> "category.web-servers";
            case "api-management" -> "category.api-management";
            case "databases-and-storage" -> "category.databases-and-storage";
            case "machine-learning-and-ai" -> "category.machine-learning-and-ai";
            case "internet-of-things" -> "category.internet-of-things";
            case "operating-systems" -> "category.operating-systems";
            case "content-management-system" -> "category.content-management-system";
            case "web-analytics" -> "category.web-analytics";
            default -> null;
        };
        return key == null ? slug : m.get(key);
    }

    /** Categories as a list of words. */
    public String categories(List<String> slugs) {
        return list(slugs.stream().map(this::category).toList());
    }
}
