package dev.dhipicker.export;

import dev.dhipicker.catalog.ref.Libc;

import java.util.List;

/**
 * Go: the binary is built in the {@code golang} dev stage and runs alone on the {@code static} image.
 * Whether cgo is on is the engine's decision ({@code Recommendation.facts().cgo()}): only when glibc
 * was asked for. Go's own FIPS module needs no C library, so a FIPS build stays static even though
 * the FIPS {@code static} variants carry one.
 */
final class GoTemplate implements ProfileTemplate {
    private static final String BINARY = "/out/app";

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        String pkg = c.entry(".", false);
        Libc libc = c.runtimeImage().libc();
        boolean cgo = c.recommendation().facts().cgo();
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", "/src");
        c.comment("dockerfile.go.modules");
        c.instruction("COPY go.mod go.sum* ./");
        c.instruction("RUN go mod download");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");
        if (cgo) {
            c.comment("dockerfile.go.cgo", libc.id());
        } else if (libc != Libc.NONE) {
            c.comment("dockerfile.go.staticOnLibc", libc.id());
        } else {
            c.comment("dockerfile.go.static");
        }
        c.instruction("RUN CGO_ENABLED=" + (cgo ? "1" : "0") + " go build -trimpath -ldflags=\"-s -w\" -o " + BINARY + " " + pkg);

        c.fromRuntime(true);
        c.copyFromBuild("dockerfile.go.copy", BINARY, "/app");
        c.user();
        c.comment("dockerfile.step.noExpose");
        c.entrypoint("dockerfile.go.entrypoint", List.of("/app"));
    }
}
