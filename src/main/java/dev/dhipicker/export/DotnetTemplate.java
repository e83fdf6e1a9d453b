package dev.dhipicker.export;

import java.util.List;

/**
 * .NET: restored and published on the {@code -sdk} image, run by the {@code aspnetcore} runtime,
 * which listens on port 8080 by default (ASPNETCORE_HTTP_PORTS) as a non-root user.
 */
final class DotnetTemplate implements ProfileTemplate {
    private static final String PUBLISH = "/app/publish";

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        String dll = c.entryName("App.dll");
        if (!dll.endsWith(".dll")) {
            dll = dll + ".dll";
        }
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", "/src");
        c.comment("dockerfile.dotnet.restore");
        c.instruction("COPY *.csproj ./");
        c.instruction("RUN dotnet restore");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");
        c.comment("dockerfile.dotnet.publish", PUBLISH);
        c.instruction("RUN dotnet publish -c Release -o " + PUBLISH + " --no-restore");

        c.fromRuntime(true);
        c.workDir("dockerfile.step.workDirRuntime", "/app");
        c.copyFromBuild("dockerfile.dotnet.copy", PUBLISH, "/app");
        c.user();
        c.expose(c.ports());
        c.entrypoint("dockerfile.dotnet.entrypoint", List.of("dotnet", dll), dll);
    }
}
