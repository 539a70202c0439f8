package org.unspin.thesaurus.importer;

import java.util.List;

/** One line of Moby's words.txt: a head and the terms it lists, as written. */
public record MobyEntry(String head, List<String> listed) { }
