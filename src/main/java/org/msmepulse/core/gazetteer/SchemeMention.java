package org.msmepulse.core.gazetteer;

import java.util.List;

/** The schemes one article names: how often, in which spellings, and one snippet as evidence. */
public record SchemeMention(
    String code, int mentions, List<String> surfaceForms, String evidence, boolean fuzzy) {}
