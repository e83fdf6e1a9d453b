package dev.dhipicker.export;

import java.util.List;

/**
 * Ruby: gems are installed with Bundler into {@code vendor/bundle} in the dev stage (native
 * extensions compile there); the runtime loads them through {@code RUBYOPT=-rbundler/setup}, so the
 * exec-form CMD starts {@code ruby} directly without a shell or binstub.
 */
final class RubyTemplate implements ProfileTemplate {
    private static final String APP = "/app";
    private static final String BUNDLE_ENV = "BUNDLE_DEPLOYMENT=1 BUNDLE_PATH=" + APP + "/vendor/bundle BUNDLE_WITHOUT=development:test";

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        String entry = c.entry("app.rb", false);
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", APP);
        c.comment("dockerfile.ruby.bundleEnv");
        c.instruction("ENV " + BUNDLE_ENV);
        c.comment("dockerfile.ruby.install");
        c.instruction("COPY Gemfile Gemfile.lock ./");
        c.instruction("RUN bundle install");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");

        c.fromRuntime(true);
        c.workDir("dockerfile.step.workDirRuntime", APP);
        c.copyFromBuild("dockerfile.ruby.copy", APP, APP);
        c.comment("dockerfile.ruby.runtimeEnv");
        c.instruction("ENV " + BUNDLE_ENV + " RUBYOPT=-rbundler/setup");
        c.user();
        c.comment("dockerfile.step.noExpose");
        c.cmd("dockerfile.ruby.cmd", List.of("ruby", entry), entry);
    }
}
