package org.msmepulse.core.eval;

import java.util.Set;

/** One labelled article of a gold file. */
public record GoldArticle(
    String id,
    String published,
    String text,
    String month,
    Set<String> schemes,
    Set<String> states,
    Set<String> districts) {}
