package org.msmepulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the text analysis: each {@code golden/analyze/NAME.txt} input sits beside {@code
 * NAME.terms}, one {@code term<TAB>surface} line per term. Regenerate with {@code mvn test
 * -Dtest=AnalyzeGoldenTest -Dgolden.regenerate=true} and read the diff.
 */
class AnalyzeGoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden/analyze");
  static TermAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TermAnalyzer.defaults();
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void termsMatchTheGoldenFile(String name) throws IOException {
    String input = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    TermAnalyzer.Analysis a = analyzer.analyze(DevanagariNormalizer.normalize(input));
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < a.terms().size(); i++) {
      actual.add(a.terms().get(i) + "\t" + a.surfaces().get(i));
    }
    Path expected = DIR.resolve(name + ".terms");
    if (Boolean.getBoolean("golden.regenerate")) {
      Files.write(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
  }
}
