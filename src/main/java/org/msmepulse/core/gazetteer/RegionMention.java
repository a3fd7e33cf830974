package org.msmepulse.core.gazetteer;

import java.util.List;

/**
 * A region one article names. For a state row (district null) the counts cover the state and every
 * place in it the article names: a state counts as named when one of its districts is.
 */
public record RegionMention(
    Region region, int mentions, List<String> surfaceForms, String evidence) {}
