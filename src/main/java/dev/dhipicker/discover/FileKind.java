package dev.dhipicker.discover;

import java.util.Locale;

/** What a project file is to discover, decided from its path alone. */
public enum FileKind {
    DOCKERFILE, COMPOSE, KUBERNETES, KUSTOMIZATION, HELM_VALUES, HELM_CHART, GITHUB_WORKFLOW, GITLAB_CI;

    /** Kebab-case id as used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind of a file from its path relative to the project root ({@code /}-separated), or
     * null when discover does not read it.
     */
    public static FileKind of(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        String name = relativePath.substring(slash + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        String dir = slash < 0 ? "" : relativePath.substring(0, slash);
        if (isDockerfile(name)) {
            return DOCKERFILE;
        }
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        if (!yaml) {
            return null;
        }
        if (lower.equals(".gitlab-ci.yml") || lower.equals(".gitlab-ci.yaml") || lower.endsWith(".gitlab-ci.yml")
                || dir.equals(".gitlab") || dir.startsWith(".gitlab/") || dir.contains("/.gitlab/")
                || dir.endsWith("/.gitlab")) {
            return GITLAB_CI; // files a .gitlab-ci.yml includes are kept in .gitlab/ by convention
        }
        if (dir.equals(".github/workflows") || dir.endsWith("/.github/workflows")) {
            return GITHUB_WORKFLOW;
        }
        if (lower.startsWith("docker-compose") || lower.equals("compose.yaml") || lower.equals("compose.yml")
                || lower.startsWith("compose.") || lower.startsWith("compose-")) {
            return COMPOSE;
        }
        if (lower.equals("kustomization.yaml") || lower.equals("kustomization.yml")) {
            return KUSTOMIZATION;
        }
        if (name.equals("Chart.yaml")) {
            return HELM_CHART;
        }
        if (lower.startsWith("values") && !insideTemplates(dir)) {
            return HELM_VALUES;
        }
        if (insideTemplates(dir) || lower.equals(".pre-commit-config.yaml") || lower.equals(".golangci.yml")
                || lower.equals(".golangci.yaml") || lower.equals("pnpm-lock.yaml")) {
            return null;
        }
        return KUBERNETES;
    }

    /** {@code Dockerfile}, {@code Containerfile}, {@code *.Dockerfile}, {@code Dockerfile.*} (any case of the word). */
    static boolean isDockerfile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : new String[] {"dockerfile", "containerfile"}) {
            if (lower.equals(word) || lower.endsWith("." + word)) {
                return true;
            }
            if (lower.startsWith(word + ".") && !lower.endsWith(".dockerignore") && !lower.endsWith(".md")
                    && !lower.endsWith(".txt")) {
                return true;
            }
        }
        return false;
    }

    /** A Helm chart's {@code templates} folder holds Go templates, not YAML. */
    private static boolean insideTemplates(String dir) {
        return dir.equals("templates") || dir.endsWith("/templates") || dir.contains("/templates/")
                || dir.startsWith("templates/");
    }
}
