package dev.dhipicker.export;

import java.util.List;

/**
 * PHP: the build stage is DHI's {@code composer} dev image flavored for the runtime's PHP version;
 * it installs the production dependencies into {@code vendor/}. The {@code -fpm} runtime serves the
 * application with PHP-FPM on port 9000.
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
        c.comment("dockerfile.php.composerInstall");
        c.instruction("RUN composer install --no-dev --no-scripts --no-autoloader --prefer-dist --no-interaction --no-progress");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");
        c.comment("dockerfile.php.autoload");
        c.instruction("RUN composer dump-autoload --no-dev --optimize --classmap-authoritative");

        c.fromRuntime(true);
        c.copyFromBuild("dockerfile.php.copy", SRC, docRoot);
        c.user();
        c.expose(c.ports());
        c.comment("dockerfile.php.fpm");
    }
}
