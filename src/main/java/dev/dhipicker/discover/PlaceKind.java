package dev.dhipicker.discover;

import java.util.Locale;

/** The kind of place in a project file where an image reference was found. */
public enum PlaceKind {
    /** {@code FROM image} in a Dockerfile. */
    DOCKERFILE_FROM,
    /** {@code COPY --from=image} in a Dockerfile. */
    DOCKERFILE_COPY_FROM,
    /** {@code RUN --mount=...,from=image} in a Dockerfile. */
    DOCKERFILE_MOUNT_FROM,
    /** {@code image:} of a compose service. */
    COMPOSE_IMAGE,
    /** {@code build:} of a compose service: the image is the built Dockerfile's result. */
    COMPOSE_BUILD,
    /** {@code image:} of a Kubernetes container. */
    K8S_CONTAINER,
    /** {@code image:} of a Kubernetes init container. */
    K8S_INIT_CONTAINER,
    /** {@code image:} of a Kubernetes ephemeral container. */
    K8S_EPHEMERAL_CONTAINER,
    /** An entry of a Kustomize {@code images:} list. */
    KUSTOMIZE_IMAGE,
    /** An image in a Helm values file. */
    HELM_VALUES,
    /** A dependency in a Helm {@code Chart.yaml}. */
    HELM_DEPENDENCY,
    /** {@code container:} of a GitHub Actions job. */
    GITHUB_CONTAINER,
    /** A service container of a GitHub Actions job. */
    GITHUB_SERVICE,
    /** {@code uses: docker://image} in a GitHub Actions step. */
    GITHUB_DOCKER_ACTION,
    /** {@code image:} in a GitLab CI file. */
    GITLAB_IMAGE,
    /** A service in a GitLab CI file. */
    GITLAB_SERVICE;

    /** Kebab-case id as used in JSON, CSV and SARIF. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
