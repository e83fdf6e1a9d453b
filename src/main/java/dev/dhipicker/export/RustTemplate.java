package dev.dhipicker.export;

import dev.dhipicker.catalog.ref.Libc;

import java.util.List;

/**
 * Rust: {@code cargo build --release} in the {@code rust} dev stage; the binary links the C library of
 * the build image dynamically and runs on the {@code static} variant that carries it: glibc on
 * Debian, musl (with libgcc) on Alpine.
 */
final class RustTemplate implements ProfileTemplate {

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        String bin = c.entryName("app");
        Libc libc = c.runtimeImage().libc();
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", "/build");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");
        if (libc == Libc.GLIBC) {
            c.comment("dockerfile.rust.gnu");
        } else {
            c.comment("dockerfile.rust.musl");
        }
        c.instruction("RUN cargo build --release --locked");

        c.fromRuntime(true);
        c.copyFromBuild("dockerfile.rust.copy", "/build/target/release/" + bin, "/app");
        c.user();
        c.comment("dockerfile.step.noExpose");
        c.entrypoint("dockerfile.rust.entrypoint", List.of("/app"));
    }
}
