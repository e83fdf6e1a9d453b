package dev.dhipicker.export;

import java.util.List;

/**
 * Java: the jar is packaged with Maven in the {@code maven} dev image (or with the project's Maven
 * wrapper on the Temurin JDK dev image when no Maven image has that JDK), or with Gradle in the
 * {@code gradle} dev image, and runs on the Temurin JRE. The build tool is the engine's build image.
 */
final class JavaTemplate implements ProfileTemplate {
    private static final String BUILD_DIR = "/build";
    private static final String JAR = "/app/app.jar";

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        if ("gradle".equals(c.buildRepository())) {
            writeGradle(c);
            return;
        }
        String jar = c.entry("target/*.jar", true);
        boolean wrapper = !"maven".equals(c.buildRepository());
        String mvn = wrapper ? "./mvnw" : "mvn";
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", BUILD_DIR);
        if (wrapper) {
            c.comment("dockerfile.java.wrapper", c.buildRepository());
            c.instruction("COPY .mvn/ .mvn/");
            c.instruction("COPY mvnw pom.xml ./");
        } else {
            c.comment("dockerfile.java.pom");
            c.instruction("COPY pom.xml ./");
        }
        c.comment("dockerfile.java.offline");
        c.instruction("RUN " + mvn + " -B -q dependency:go-offline");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY src ./src");
        c.comment("dockerfile.java.package", jar);
        c.instruction("RUN " + mvn + " -B -DskipTests package && cp " + jar + " " + BUILD_DIR + "/app.jar");

        c.fromRuntime(true);
        c.workDir("dockerfile.step.workDirRuntime", "/app");
        c.copyFromBuild("dockerfile.java.copy", BUILD_DIR + "/app.jar", JAR);
        c.user();
        c.comment("dockerfile.step.noExpose");
        c.entrypoint("dockerfile.java.entrypoint", List.of("java", "-jar", JAR));
    }

    /** Gradle: the gradle dev image of the JRE's JDK assembles the jar; the Temurin JRE runs it. */
    private static void writeGradle(TemplateContext c) throws DockerfileException {
        String jar = c.entry("build/libs/*.jar", true);
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", BUILD_DIR);
        c.comment("dockerfile.gradle.settings");
        c.instruction("COPY settings.gradle* build.gradle* gradle.properties* ./");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY src ./src");
        c.comment("dockerfile.gradle.assemble", jar);
        c.instruction("RUN gradle --no-daemon -q assemble && cp " + jar + " " + BUILD_DIR + "/app.jar");

        c.fromRuntime(true);
        c.workDir("dockerfile.step.workDirRuntime", "/app");
        c.copyFromBuild("dockerfile.java.copy", BUILD_DIR + "/app.jar", JAR);
        c.user();
        c.comment("dockerfile.step.noExpose");
        c.entrypoint("dockerfile.java.entrypoint", List.of("java", "-jar", JAR));
    }
}
