package dev.dhipicker.export;

import dev.dhipicker.catalog.Catalog;
import dev.dhipicker.catalog.CatalogInfo;
import dev.dhipicker.catalog.ComplianceFacts;
import dev.dhipicker.i18n.Messages;
import dev.dhipicker.recommend.Recommendation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the multi-stage Dockerfile for a recommendation: {@code FROM <build> AS build}, then
 * {@code FROM <runtime>}, following the workload profile's template (a single stage for an
 * application image).
 *
 * <p>Every value that reaches an instruction is checked first (references against the reference
 * grammar, paths, names, ports, ids); a value that fails is reported with
 * {@link DockerfileException.Reason#UNSAFE_VALUE} and nothing is produced. The final stage never
 * runs a command (runtime images have no shell), CMD and ENTRYPOINT are in exec form, and files the
 * runtime user must own are copied with its uid and gid. Comments come from the message bundle.
 *
 * <p>{@link #render} is pure and cheap, for a preview; {@link #save} renders and writes atomically.
 */
public final class DockerfileWriter {

    private static final Map<String, ProfileTemplate> TEMPLATES = Map.of(
            "python", new PythonTemplate(),
            "node", new NodeTemplate(),
            "go", new GoTemplate(),
            "java", new JavaTemplate(),
            "gradle", new JavaTemplate(),
            "dotnet", new DotnetTemplate(),
            "rust", new RustTemplate(),
            "ruby", new RubyTemplate(),
            "php", new PhpTemplate(),
            "static-site", new StaticSiteTemplate());
    private static final ProfileTemplate APPLICATION = new ApplicationTemplate();
    private static final ProfileTemplate FRAMEWORK = new FrameworkTemplate();

    private final Messages messages;
    private final CatalogInfo info;
    private final ComplianceFacts compliance;

    /**
     * A writer for recommendations made from this catalog.
     *
     * @param messages interface strings (the Dockerfile's comments and the error messages)
     * @param catalog  the catalog the recommendations come from (snapshot date, FIPS/STIG facts)
     */
    public DockerfileWriter(Messages messages, Catalog catalog) {
        this(messages, catalog.info(), catalog.compliance());
    }

    /**
     * A writer from the catalog's provenance and compliance facts.
     *
     * @param messages   interface strings
     * @param info       catalog provenance for the header, or null
     * @param compliance FIPS/STIG facts (placeholder organisation, tiers, mirror guide), or null
     */
    public DockerfileWriter(Messages messages, CatalogInfo info, ComplianceFacts compliance) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.info = info;
        this.compliance = compliance;
    }

    /**
     * The Dockerfile text for a recommendation.
     *
     * @throws DockerfileException when the recommendation has no runtime image, or a value is not safe to write
     */
    public String render(Recommendation recommendation, DockerfileOptions options) throws DockerfileException {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(options, "options");
        if (recommendation.runtime() == null) {
            throw new DockerfileException(DockerfileException.Reason.NO_RUNTIME, noRuntime(recommendation));
        }
        ProfileTemplate template = APPLICATION;
        if (recommendation.framework() && recommendation.build() != null) {
            template = FRAMEWORK;
        } else if (!recommendation.application() && recommendation.profile() != null) {
            template = TEMPLATES.get(recommendation.profile().id());
            if (template == null) {
                throw new DockerfileException(DockerfileException.Reason.UNSAFE_VALUE,
                        messages.get("dockerfile.error.noTemplate", SafeValues.printable(recommendation.profile().id())));
            }
            if (recommendation.build() == null) {
                throw new DockerfileException(DockerfileException.Reason.NO_RUNTIME,
                        messages.get("dockerfile.error.noBuild", recommendation.profile().id()));
            }
        }
        boolean multiStage = template != APPLICATION;
        SafeValues safe = new SafeValues(messages);
        String placeholder = compliance == null ? null : compliance.defaultOrg();
        FromImage runtime = FromImage.of("runtime", recommendation.runtime(), recommendation.answers(), placeholder,
                options.pinDigest(), safe);
        FromImage build = !multiStage ? null
                : FromImage.of("build", recommendation.build(), recommendation.answers(), placeholder,
                options.pinDigest(), safe);

        DockerfileText out = new DockerfileText(messages);
        new HeaderSection(info, compliance).write(out, recommendation, build, runtime, options.pinDigest());
        if (runtime.orgArg() || (build != null && build.orgArg())) {
            out.blank();
            out.comment("dockerfile.step.orgArg", FromImage.ORG_ARG);
            out.instruction("ARG " + FromImage.ORG_ARG);
        }
        template.write(new TemplateContext(recommendation, options, out, safe, build, runtime));
        String text = out.text();
        DockerfileShape.check(text, runtime.text(), build == null ? null : build.text());
        return text;
    }

    /**
     * Renders the Dockerfile and writes it to a file atomically (a temporary file beside it, then a
     * move), so that the file holds the old content or the whole new one and nothing else is left.
     *
     * @param target    the file to write
     * @param overwrite whether an existing file may be replaced
     * @return the text written
     * @throws DockerfileException as {@link #render}, or {@link DockerfileException.Reason#FILE_EXISTS},
     *                             {@link DockerfileException.Reason#NO_FOLDER} or
     *                             {@link DockerfileException.Reason#WRITE_FAILED}
     */
    public String save(Recommendation recommendation, DockerfileOptions options, Path target, boolean overwrite)
            throws DockerfileException {
        String text = render(recommendation, options);
        new DockerfileFiles(messages).write(text, target, overwrite);
        return text;
    }

    private String noRuntime(Recommendation r) {
        ValueLabels labels = new ValueLabels(messages);
        List<String> answers = r.unmet().stream().map(u -> messages.get(Messages.answerKey(u.answer()))).toList();
        String a = answers.isEmpty() ? "-" : labels.list(answers);
        return messages.get("dockerfile.error.noRuntime", SafeValues.printable(r.answers().workload()), a,
                labels.compliance(r.answers().compliance()));
    }

}
