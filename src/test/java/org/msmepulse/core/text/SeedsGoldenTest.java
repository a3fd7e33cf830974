package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the five real seed articles: cleaning then term analysis, compared with {@code
 * golden/seeds/NAME.terms}, each seed's sorted bag of {@code term<TAB>surface<TAB>count} (a bag of
 * words, not the article: the real text stays in ../shared/seeds, read at test time). Regenerate
 * with {@code -Dgolden.regenerate=true} and read the diff.
 */
class SeedsGoldenTest {
  static final Path SEEDS =
      Path.of(System.getProperty("msme.project.dir", "."), "..", "shared", "seeds");
  static final Path DIR = Path.of("src/test/resources/golden/seeds");
  static TermAnalyzer analyzer;
  static ArticleCleaner cleaner;

  @BeforeAll
  static void load() {
    analyzer = TermAnalyzer.defaults();
    cleaner = ArticleCleaner.defaults();
  }

  static Stream<String> seeds() throws IOException {
    if (!Files.isDirectory(SEEDS)) {
      return Stream.of("(no seeds)");
    }
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedTermsMatchTheGoldenBag(String file) throws IOException {
    assumeTrue(
        Files.isDirectory(SEEDS),
        "the shared seeds are beside the clone in CI and on developer machines");
    String raw = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
    TermAnalyzer.Analysis a = analyzer.analyze(cleaner.clean(raw).text());
    Map<String, Integer> bag = new TreeMap<>();
    for (int i = 0; i < a.terms().size(); i++) {
      bag.merge(a.terms().get(i) + "\t" + a.surfaces().get(i), 1, Integer::sum);
    }
    List<String> actual = new ArrayList<>();
    bag.forEach((k, n) -> actual.add(k + "\t" + n));
    for (String line : actual) {
      String term = line.substring(0, line.indexOf('\t'));
      assertThat(Character.getType(term.charAt(0)))
          .as(term)
          .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
      assertThat(term).as(term).doesNotContainPattern("[\\p{P}\\u200B-\\u200D\\uFEFF\\s]");
    }
    Path expected = DIR.resolve(file.replace(".txt", ".terms"));
    if (Boolean.getBoolean("golden.regenerate")) {
      Files.write(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
  }
}
