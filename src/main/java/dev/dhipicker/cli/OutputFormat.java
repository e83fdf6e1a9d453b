package dev.dhipicker.cli;

/** Output formats of the commands. */
enum OutputFormat {
    text, json
}
