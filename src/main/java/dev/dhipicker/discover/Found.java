package dev.dhipicker.discover;

import java.util.ArrayList;
import java.util.List;

/** What the readers of one file found: references and notices. */
final class Found {
    final List<FoundReference> references = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    /** Dockerfile stages built on an earlier stage: name to that stage's name (lower case). */
    final java.util.Map<String, String> stages = new java.util.HashMap<>();
    /** Other compose files a compose file includes or extends services from. */
    final List<ComposeReader.Link> composeFiles = new ArrayList<>();
}
