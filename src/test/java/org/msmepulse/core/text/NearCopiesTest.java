package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearCopiesTest {
  @Test
  void aBucketPairsEachMemberWithItsFirstMembersUpToTheCap() {
    long[] members = new long[NearCopies.BUCKET_CAP + 5];
    for (int i = 0; i < members.length; i++) {
      members[i] = members.length - i; // any order: sorted by id first
    }
    List<NearCopies.Pair> pairs = NearCopies.bucketPairs(members);
    // members 2..101 pair with every smaller one; 102..105 only with the first 100
    int expected = 0;
    for (int j = 1; j < members.length; j++) {
      expected += Math.min(j, NearCopies.BUCKET_CAP);
    }
    assertThat(pairs).hasSize(expected);
    assertThat(pairs).contains(new NearCopies.Pair(1, 2), new NearCopies.Pair(100, 105));
    assertThat(pairs).doesNotContain(new NearCopies.Pair(101, 105));
    assertThat(pairs).allMatch(p -> p.a() < p.b());
    assertThat(NearCopies.bucketPairs(new long[] {7, 7, 3}))
        .containsExactly(new NearCopies.Pair(3, 7));
  }

  @Test
  void bucketsGiveThePairsOfTextsSharingABand() {
    NearCopies.Buckets b = new NearCopies.Buckets();
    b.add(1, new long[] {10, 11});
    b.add(2, new long[] {11, 12});
    b.add(3, new long[] {12, 13, 11});
    b.add(4, new long[] {99});
    assertThat(b.pairs())
        .containsExactlyInAnyOrder(
            new NearCopies.Pair(1, 2), new NearCopies.Pair(1, 3), new NearCopies.Pair(2, 3));
  }

  @Test
  void aLaterBatchRecordIsMarkedWithItsEarliestVerifiedPartner() {
    String story =
        "जिला उद्योग केंद्र ने बताया कि इस साल चमड़े के जूते बनाने वाली इकाइयों को यूरोप से बड़े ऑर्डर मिले हैं";
    String repost = story + " एजेंसी";
    String other =
        "लुधियाना में साइकिल पुर्जे बनाने वाली इकाइयों ने बिजली दरों में कटौती की मांग की है";
    Map<Long, NearCopies.Member> members = new HashMap<>();
    members.put(1L, new NearCopies.Member(1, null, "stored", "0:stored")); // stored: first
    members.put(2L, new NearCopies.Member(2, "f@002", "b2", "1:f@002"));
    members.put(3L, new NearCopies.Member(3, "f@003", "b3", "1:f@003"));
    members.put(
        4L, new NearCopies.Member(4, "f@004", "stored", "1:f@004")); // same id: a correction
    members.put(5L, new NearCopies.Member(5, "f@005", "b5", "1:f@005"));
    Map<Long, long[]> shingles = new HashMap<>();
    shingles.put(1L, ShingleSketch.shingles(story));
    shingles.put(2L, ShingleSketch.shingles(repost));
    shingles.put(3L, ShingleSketch.shingles(repost));
    shingles.put(4L, ShingleSketch.shingles(story));
    shingles.put(5L, ShingleSketch.shingles(other));
    Set<NearCopies.Pair> pairs =
        Set.of(
            new NearCopies.Pair(2, 3),
            new NearCopies.Pair(1, 3),
            new NearCopies.Pair(1, 2),
            new NearCopies.Pair(1, 4),
            new NearCopies.Pair(3, 5));
    Map<String, NearCopies.Partner> out = NearCopies.nearest(pairs, members, shingles, 0.7);
    assertThat(out.keySet()).containsExactlyInAnyOrder("f@002", "f@003");
    assertThat(out.get("f@003").articleId()).isEqualTo("stored"); // not b2, which is later
    assertThat(out.get("f@002").jaccard()).isGreaterThanOrEqualTo(0.7).isLessThan(1.0);
    assertThat(out.get("f@003").order()).isEqualTo("0:stored");
  }
}
