package dev.dhipicker.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small, independent reading of a Dockerfile for the structural checks: instructions (comments and
 * blank lines dropped, continuation lines joined) grouped into stages.
 */
record ParsedDockerfile(List<String> preamble, List<Stage> stages) {

    /** One instruction: upper-case keyword and the rest of the line. */
    record Instruction(String keyword, String args) {
    }

    /** One stage: its FROM arguments and its instructions after FROM. */
    record Stage(String from, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }
    }

    static ParsedDockerfile parse(String text) {
        List<String> preamble = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (pending.length() == 0 && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            String full = pending.toString().strip();
            pending.setLength(0);
            int space = full.indexOf(' ');
            String keyword = (space < 0 ? full : full.substring(0, space)).toUpperCase(Locale.ROOT);
            String args = space < 0 ? "" : full.substring(space + 1).strip();
            if (keyword.equals("FROM")) {
                stages.add(new Stage(args, new ArrayList<>()));
            } else if (stages.isEmpty()) {
                preamble.add(full);
            } else {
                stages.get(stages.size() - 1).instructions().add(new Instruction(keyword, args));
            }
        }
        return new ParsedDockerfile(preamble, stages);
    }

    Stage finalStage() {
        return stages.get(stages.size() - 1);
    }
}
