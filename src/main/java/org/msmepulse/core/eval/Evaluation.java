package org.msmepulse.core.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.msmepulse.core.dates.MonthResolution;
import org.msmepulse.core.dates.MonthResolver;
import org.msmepulse.core.gazetteer.ArticleExtractor;
import org.msmepulse.core.gazetteer.RegionMention;
import org.msmepulse.core.gazetteer.SchemeMention;
import org.msmepulse.core.text.ArticleCleaner;

/**
 * Scores the extraction against gold labels, through the same core the job runs: clean, resolve the
 * month, extract schemes and regions. Scores are micro-averaged over articles; month accuracy
 * counts a null month as right when the gold month is null too.
 */
public final class Evaluation {
  public final Scores schemes = new Scores();
  public final Scores states = new Scores();
  public final Scores districts = new Scores();
  public final Map<String, Scores> perScheme = new TreeMap<>();
  public int articles;
  public int monthsRight;
  public final List<String> misses = new ArrayList<>();
  private Map<String, String> why = Map.of();

  /**
   * @param schemeCodes the scheme codes that are scored: codes a gold file cannot label (a state
   *     scheme when the file labels only the contract's codes) are neither right nor wrong
   */
  public static Evaluation run(
      List<GoldArticle> gold,
      ArticleCleaner cleaner,
      ArticleExtractor extractor,
      java.util.function.Predicate<String> scored) {
    Evaluation ev = new Evaluation();
    for (GoldArticle g : gold) {
      String text = cleaner.clean(g.text()).text();
      MonthResolution month = MonthResolver.resolve(g.published(), text);
      ArticleExtractor.Extraction x = extractor.extract(text);
      Set<String> schemes = new HashSet<>();
      java.util.Map<String, String> why = new java.util.HashMap<>();
      for (SchemeMention s : x.schemes()) {
        if (scored.test(s.code())) {
          schemes.add(s.code());
          why.put(s.code(), s.surfaceForms() + " in \"" + s.evidence() + "\"");
        }
      }
      Set<String> states = new HashSet<>();
      Set<String> districts = new HashSet<>();
      for (RegionMention r : x.regions()) {
        String item = r.region().isState() ? r.region().stateCode() : r.region().goldName();
        (r.region().isState() ? states : districts).add(item);
        why.put(item, r.surfaceForms() + " in \"" + r.evidence() + "\"");
      }
      ev.why = why;
      ev.articles++;
      if (Objects.equals(month.month(), g.month())) {
        ev.monthsRight++;
      } else {
        ev.misses.add(
            g.id()
                + "  month: expected "
                + g.month()
                + ", got "
                + month.month()
                + (month.evidence() == null ? "" : " (" + month.evidence() + ")"));
      }
      ev.compare(g.id(), "scheme", g.schemes(), schemes, ev.schemes, true);
      ev.compare(g.id(), "state", g.states(), states, ev.states, false);
      ev.compare(g.id(), "district", g.districts(), districts, ev.districts, false);
    }
    return ev;
  }

  private void compare(
      String id,
      String kind,
      Set<String> expected,
      Set<String> got,
      Scores total,
      boolean perItem) {
    Set<String> all = new HashSet<>(expected);
    all.addAll(got);
    for (String item : all) {
      boolean e = expected.contains(item);
      boolean p = got.contains(item);
      long tp = e && p ? 1 : 0;
      long fp = !e && p ? 1 : 0;
      long fn = e && !p ? 1 : 0;
      total.add(tp, fp, fn);
      if (perItem) {
        perScheme.computeIfAbsent(item, k -> new Scores()).add(tp, fp, fn);
      }
      if (fp == 1) {
        misses.add(id + "  " + kind + ": false " + item + "  " + why.getOrDefault(item, ""));
      } else if (fn == 1) {
        misses.add(id + "  " + kind + ": missed " + item);
      }
    }
  }

  public double monthAccuracy() {
    return articles == 0 ? 0 : (double) monthsRight / articles;
  }
}
