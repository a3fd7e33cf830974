package org.msmepulse.core.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
  @Test
  void findsEveryOccurrenceOfOverlappingPatterns() {
    AhoCorasick ac = new AhoCorasick();
    String[] patterns = {"he", "she", "his", "hers"};
    int[] lengths = new int[patterns.length];
    for (int i = 0; i < patterns.length; i++) {
      ac.add(patterns[i], i);
      lengths[i] = patterns[i].length();
    }
    ac.build();
    List<AhoCorasick.Hit> hits = ac.findAll("ushers", lengths);
    assertThat(hits)
        .extracting(h -> patterns[h.payload()] + "@" + h.start())
        .containsExactlyInAnyOrder("she@1", "he@2", "hers@2");
  }

  @Test
  void keepsEveryPayloadOfARepeatedPattern() {
    AhoCorasick ac = new AhoCorasick();
    ac.add("हमीरपुर", 0);
    ac.add("हमीरपुर", 1);
    ac.build();
    assertThat(ac.findAll("जिला हमीरपुर", new int[] {7, 7}))
        .extracting(AhoCorasick.Hit::payload)
        .containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void findsWhatANaiveSearchFindsInTheSameOrder() {
    // random patterns over a small alphabet, so they overlap and share prefixes and suffixes; the
    // text also holds characters that are in no pattern
    java.util.Random random = new java.util.Random(7);
    String alphabet = "कखगा्ं ab";
    for (int round = 0; round < 200; round++) {
      // dense rows for the root only, for some nodes, for all: the sparse path and the mixture too
      AhoCorasick ac =
          new AhoCorasick(round % 3 == 0 ? 1 : round % 3 == 1 ? 200 : AhoCorasick.DENSE_CELLS);
      int count = 1 + random.nextInt(60);
      String[] patterns = new String[count];
      int[] lengths = new int[count];
      for (int p = 0; p < count; p++) {
        patterns[p] = randomText(random, alphabet, 1 + random.nextInt(6));
        lengths[p] = patterns[p].length();
        ac.add(patterns[p], p);
      }
      ac.build();
      String text = randomText(random, alphabet + "xyz।", random.nextInt(300));
      List<String> expected = new java.util.ArrayList<>();
      for (int end = 1; end <= text.length(); end++) {
        for (int p = 0; p < count; p++) {
          if (end >= lengths[p] && text.startsWith(patterns[p], end - lengths[p])) {
            expected.add(p + "@" + (end - lengths[p]) + "-" + end);
          }
        }
      }
      List<String> got = new java.util.ArrayList<>();
      for (AhoCorasick.Hit h : ac.findAll(text, lengths)) {
        got.add(h.payload() + "@" + h.start() + "-" + h.end());
      }
      // by end position: within one end, the automaton reports its own order
      assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(got.stream().map(x -> Integer.parseInt(x.substring(x.indexOf('-') + 1))).toList())
          .isSorted();
    }
  }

  private static String randomText(java.util.Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
