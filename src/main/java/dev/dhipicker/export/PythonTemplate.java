package dev.dhipicker.export;

import java.util.List;

/**
 * Python: a virtual environment is created and filled in the dev stage and copied, with the
 * source, into the runtime image, which only runs the interpreter.
 */
final class PythonTemplate implements ProfileTemplate {
    private static final String APP = "/app";
    private static final String VENV = APP + "/venv";

    @Override
    public void write(TemplateContext c) throws DockerfileException {
        String entry = c.entry("app.py", false);
        boolean script = entry.endsWith(".py");
        c.fromBuild();
        c.workDir("dockerfile.step.workDirBuild", APP);
        c.comment("dockerfile.python.venv", VENV);
        c.instruction("RUN python3 -m venv " + VENV);
        c.comment("dockerfile.python.path");
        c.instruction("ENV PATH=\"" + VENV + "/bin:$PATH\"");
        c.comment("dockerfile.python.requirements");
        c.instruction("COPY requirements.txt ./");
        c.instruction("RUN pip install --no-cache-dir -r requirements.txt");
        c.comment("dockerfile.step.copySource");
        c.instruction("COPY . .");

        c.fromRuntime(true);
        c.workDir("dockerfile.step.workDirRuntime", APP);
        c.copyFromBuild("dockerfile.python.copy", APP, APP);
        c.comment("dockerfile.python.runtimePath");
        c.instruction("ENV PATH=\"" + VENV + "/bin:$PATH\" PYTHONUNBUFFERED=1");
        c.user();
        c.comment("dockerfile.step.noExpose");
        if (script) {
            c.cmd("dockerfile.python.cmdScript", List.of("python3", entry), entry);
        } else {
            String module = c.safe().word("entry", entry);
            c.cmd("dockerfile.python.cmdModule", List.of("python3", "-m", module), module);
        }
    }
}
