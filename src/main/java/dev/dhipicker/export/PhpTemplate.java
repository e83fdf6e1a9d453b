package dev.dhipicker.export;

import java.util.List;

/**
 * PHP: the dev stage assembles the application with its {@code vendor/} folder; Composer is not
 * guaranteed in the PHP dev image, so the template checks that {@code vendor/} is there and says how
 * to provide it. The {@code -fpm} runtime serves it with PHP-FPM on port 9000.
 */
final class PhpTemplate implements ProfileTemplate {
    private static final String SRC = "/app";

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        String docRoot = c.runtimeWorkDir("/var/www/html");
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", SRC);
        c.comment("dockerfile.php.composerFiles");
        c.instruction("COPY composer.json composer.lock* ./");
        c.comment("dockerfile.php.composer");
        c.comment("dockerfile.php.composerInstall");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");
        c.comment("dockerfile.php.vendorCheck");
        c.instruction("RUN php -r \"exit(is_file('composer.json') && !is_dir('vendor') ? 1 : 0);\"");

        c.fromRuntime(true);
        c.copyFromBuild("dockerfile.php.copy", SRC, docRoot);
        c.user();
        List<String> ports = c.runtimeDefinition().ports().isEmpty() ? List.of("9000/tcp") : c.runtimeDefinition().ports();
        c.expose(ports);
        c.comment("dockerfile.php.fpm");
    }
}
