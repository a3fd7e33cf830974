package org.msmepulse.job;

import java.util.Map;

/** What one run did: the figures of its {@code runs} row. */
public record RunSummary(
    String runId,
    String warehouse,
    long recordsRead,
    long articles,
    long duplicates,
    long quarantined,
    long articlesTotal,
    int topics,
    long durationMs,
    Map<String, Double> metrics,
    Map<String, Long> tableVersions) {}
