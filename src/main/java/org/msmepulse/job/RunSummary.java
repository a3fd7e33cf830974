package org.msmepulse.job;

import java.util.Map;

/**
 * What one run did: the figures of its {@code runs} row.
 *
 * @param topicModel the version of the topic model after the run (the id of the run that fitted it)
 */
public record RunSummary(
    String runId,
    String warehouse,
    long recordsRead,
    long articles,
    long duplicates,
    long quarantined,
    long articlesTotal,
    int topics,
    String topicModel,
    long durationMs,
    Map<String, Double> metrics,
    Map<String, Long> tableVersions) {}
