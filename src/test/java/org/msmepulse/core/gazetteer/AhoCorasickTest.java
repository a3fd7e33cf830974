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
    assertThat(hits).extracting(h -> patterns[h.payload()] + "@" + h.start())
        .containsExactlyInAnyOrder("she@1", "he@2", "hers@2");
  }

  @Test
  void keepsEveryPayloadOfARepeatedPattern() {
    AhoCorasick ac = new AhoCorasick();
    ac.add("हमीरपुर", 0);
    ac.add("हमीरपुर", 1);
    ac.build();
    assertThat(ac.findAll("जिला हमीरपुर", new int[] {7, 7})).extracting(AhoCorasick.Hit::payload).containsExactlyInAnyOrder(0, 1);
  }
}
