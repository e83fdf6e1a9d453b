package dev.dhipicker.discover;

import java.util.ArrayList;
import java.util.List;

/** What the readers of one file found: references and notices. */
final class Found {
    final List<FoundReference> references = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
}
