package org.msmepulse.core.gazetteer;

import java.util.List;

/** Schemes and regions of one article, from one {@link KeyText} built once for both matchers. */
public final class ArticleExtractor {
  private final SchemeExtractor schemes;
  private final RegionExtractor regions;

  public ArticleExtractor(SchemeGazetteer schemeGazetteer, RegionGazetteer regionGazetteer) {
    this.schemes = new SchemeExtractor(schemeGazetteer);
    this.regions = new RegionExtractor(regionGazetteer);
  }

  public static ArticleExtractor load(String gazetteerDir) {
    return new ArticleExtractor(
        SchemeGazetteer.load(gazetteerDir), RegionGazetteer.load(gazetteerDir));
  }

  public record Extraction(List<SchemeMention> schemes, List<RegionMention> regions) {}

  public Extraction extract(String canonicalText) {
    KeyText kt = new KeyText(canonicalText);
    return new Extraction(schemes.extract(kt), regions.extract(kt));
  }

  public SchemeGazetteer schemeGazetteer() {
    return schemes.gazetteer();
  }

  public RegionGazetteer regionGazetteer() {
    return regions.gazetteer();
  }
}
