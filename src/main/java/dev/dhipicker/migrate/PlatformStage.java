package dev.dhipicker.migrate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A {@code FROM} that names earlier stages through BuildKit's automatic platform arguments. */
final class PlatformStage {
    private PlatformStage() {
    }

    /** BuildKit's automatic platform arguments, set in the global scope of every build. */
    private static final List<String> PLATFORM_ARGS = List.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH",
            "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");
    private static final String ANY = "\0"; // a value no stage name holds

    /**
     * True when the image of a {@code FROM} is unknown only through BuildKit's platform arguments and
     * names an earlier stage for some value of them ({@code FROM binaries-$TARGETOS} next to stages
     * {@code binaries-linux}, {@code binaries-darwin}): BuildKit sets those arguments, so the line
     * picks one of the stages, and asking for a default would break multi-platform builds.
     */
    static boolean names(Stage s, Map<String, StageReader.GlobalArg> args, char escape, Set<String> stageNames) {
        Map<String, String> vars = new LinkedHashMap<>();
        args.values().forEach(a -> vars.put(a.name(), a.value()));
        for (String p : PLATFORM_ARGS) {
            if (vars.get(p) == null) {
                vars.put(p, ANY);
            }
        }
        Set<String> missing = new HashSet<>();
        String text = Substitution.expand(s.image(), vars, escape, missing);
        if (text == null || !missing.isEmpty() || !text.contains(ANY)) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : text.split(ANY, -1)) {
            if (!regex.isEmpty()) {
                regex.append("[a-z0-9_.-]+");
            }
            regex.append(java.util.regex.Pattern.quote(part.toLowerCase(Locale.ROOT)));
        }
        java.util.regex.Pattern names = java.util.regex.Pattern.compile(regex.toString());
        return stageNames.stream().anyMatch(n -> names.matcher(n).matches());
    }
}
