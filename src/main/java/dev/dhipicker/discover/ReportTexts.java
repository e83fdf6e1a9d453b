package dev.dhipicker.discover;

import dev.dhipicker.catalog.TagFacts;
import dev.dhipicker.catalog.UpstreamFacts;
import dev.dhipicker.export.ValueLabels;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.migrate.Finding;
import dev.dhipicker.migrate.Severity;

/** The words of the reports (statuses, places, severities, messages, what an image is), for the reports and the wizard's project view. */
public final class ReportTexts {
    private final Messages m;

    public ReportTexts(Messages m) {
        this.m = m;
    }

    Messages messages() {
        return m;
    }

    public String status(Status s) {
        return m.get(switch (s) {
            case ALREADY_DHI -> "discover.status.already-dhi";
            case COUNTERPART -> "discover.status.counterpart";
            case NO_COUNTERPART -> "discover.status.no-counterpart";
            case LINE_ENDED -> "discover.status.line-ended";
            case INVALID -> "discover.status.invalid";
            case UNRESOLVED -> "discover.status.unresolved";
        });
    }

    public String place(PlaceKind p) {
        return m.get(switch (p) {
            case DOCKERFILE_FROM -> "discover.place.dockerfile-from";
            case DOCKERFILE_COPY_FROM -> "discover.place.dockerfile-copy-from";
            case DOCKERFILE_MOUNT_FROM -> "discover.place.dockerfile-mount-from";
            case COMPOSE_IMAGE -> "discover.place.compose-image";
            case COMPOSE_BUILD -> "discover.place.compose-build";
            case K8S_CONTAINER -> "discover.place.k8s-container";
            case K8S_INIT_CONTAINER -> "discover.place.k8s-init-container";
            case K8S_EPHEMERAL_CONTAINER -> "discover.place.k8s-ephemeral-container";
            case KUSTOMIZE_IMAGE -> "discover.place.kustomize-image";
            case HELM_VALUES -> "discover.place.helm-values";
            case HELM_DEPENDENCY -> "discover.place.helm-dependency";
            case GITHUB_CONTAINER -> "discover.place.github-container";
            case GITHUB_SERVICE -> "discover.place.github-service";
            case GITHUB_DOCKER_ACTION -> "discover.place.github-docker-action";
            case GITLAB_IMAGE -> "discover.place.gitlab-image";
            case GITLAB_SERVICE -> "discover.place.gitlab-service";
        });
    }

    String severity(Severity s) {
        return m.get(switch (s) {
            case ERROR -> "ui.migration.severity.error";
            case WARNING -> "ui.migration.severity.warning";
            case INFO -> "ui.migration.severity.info";
        });
    }

    String finding(Finding f) {
        return m.get(f.key(), f.args().toArray());
    }

    String notice(Notice n) {
        String key = switch (n.rule()) {
            case "file-too-large" -> "discover.notice.file-too-large";
            case "file-unreadable" -> "discover.notice.file-unreadable";
            case "yaml-unreadable" -> "discover.notice.yaml-unreadable";
            case "dockerfile-unreadable" -> "discover.notice.dockerfile-unreadable";
            case "templated-reference" -> "discover.notice.templated-reference";
            case "file-limit" -> "discover.notice.file-limit";
            case "depth-limit" -> "discover.notice.depth-limit";
            case "link-outside" -> "discover.notice.link-outside";
            case "not-editable" -> "discover.notice.not-editable";
            case "build-unresolved" -> "discover.notice.build-unresolved";
            case "env-resolved" -> "discover.notice.env-resolved";
            case "arg-resolved" -> "discover.notice.arg-resolved";
            case "compose-file-missing" -> "discover.notice.compose-file-missing";
            default -> throw new IllegalStateException("no text for rule " + n.rule());
        };
        return m.get(key, n.args().toArray());
    }

    /** An inferred answer with its reason, in one line. */
    String answer(InferredAnswer a) {
        return m.get("discover.answers.item", answerName(a.answer()), a.value(), reason(a));
    }

    /** What an inferred answer answers (workload, version line, C library), in the interface language. */
    public String answerName(InferredAnswer.Answer answer) {
        return m.get(switch (answer) {
            case WORKLOAD -> "discover.answers.workload";
            case VERSION -> "discover.answers.version";
            case LIBC -> "discover.answers.libc";
        });
    }

    /** Why the project gives an answer: what its file says, in one sentence. */
    public String reason(InferredAnswer a) {
        return m.get(switch (a.rule()) {
            case "python-version" -> "discover.answer.python-version";
            case "requires-python" -> "discover.answer.requires-python";
            case "engines-node" -> "discover.answer.engines-node";
            case "nvmrc" -> "discover.answer.nvmrc";
            case "go-toolchain" -> "discover.answer.go-toolchain";
            case "go-mod" -> "discover.answer.go-mod";
            case "maven-release" -> "discover.answer.maven-release";
            case "gradle-toolchain" -> "discover.answer.gradle-toolchain";
            case "global-json" -> "discover.answer.global-json";
            case "ruby-version" -> "discover.answer.ruby-version";
            case "composer-php" -> "discover.answer.composer-php";
            case "rust-toolchain" -> "discover.answer.rust-toolchain";
            case "cgo" -> "discover.answer.cgo";
            case "binding-gyp" -> "discover.answer.binding-gyp";
            case PackageAnswers.PYTHON_RULE -> "discover.answer.python-no-musl-wheel";
            case PackageAnswers.NODE_RULE -> "discover.answer.node-glibc-package";
            default -> throw new IllegalStateException("no text for answer rule " + a.rule());
        }, args(a));
    }

    /** The reason's parameters; a package list's reason id becomes its text. */
    private Object[] args(InferredAnswer a) {
        Object[] args = a.args().toArray();
        if (a.rule().equals(PackageAnswers.PYTHON_RULE) || a.rule().equals(PackageAnswers.NODE_RULE)) {
            args[2] = m.get(switch (a.args().get(2)) {
                case "manylinux-only" -> "discover.glibc.manylinux-only";
                case "manylinux-only-no-sdist" -> "discover.glibc.manylinux-only-no-sdist";
                case "glibc-library" -> "discover.glibc.glibc-library";
                case "glibc-browser" -> "discover.glibc.glibc-browser";
                default -> throw new IllegalStateException("no text for glibc reason " + a.args().get(2));
            });
        }
        return args;
    }

    /** What the image is, in one sentence ({@code explain}'s facts), or null when nothing is known. */
    String what(DiscoveredReference r) {
        TagFacts d = r.dhi();
        if (d != null && d.valid() && d.repository() != null) {
            String distro = d.distro() == null ? null : ValueLabels.distro(d.distro(), d.distroVersion());
            if (d.version() != null && distro != null) {
                return m.get("discover.what.dhiVersion", d.repository(), d.version(), distro);
            }
            return m.get("discover.what.dhi", d.repository());
        }
        UpstreamFacts u = r.upstream();
        if (u != null) {
            String where = u.registry() == null ? m.get("explain.notDhi.hub", u.image())
                    : m.get("explain.notDhi.registry", u.registry());
            return m.get("explain.notDhi", u.input().strip(), where);
        }
        if (r.found().place() == PlaceKind.HELM_DEPENDENCY) {
            return m.get("discover.what.chart", r.found().reference());
        }
        return null;
    }

    /** The reference as a report shows it: the Dockerfile a compose service builds is named. */
    public String reference(DiscoveredReference r) {
        if (r.builtFrom() != null && !r.builtFrom().equals(r.found().reference())) {
            return m.get("discover.builtFrom", r.found().reference(), r.builtFrom());
        }
        return r.found().reference();
    }
}
