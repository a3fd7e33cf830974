package org.msmepulse.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font every chart label is drawn in: Lohit Devanagari (SIL OFL 1.1), bundled under {@code
 * fonts/} on the classpath and registered with the {@link GraphicsEnvironment} on first use, so
 * Hindi renders on a machine without any Devanagari font (Java's default fonts draw boxes). It
 * covers Latin as well, so labels mixing codes and Hindi ("PMEGP · ...") need no fallback.
 */
public final class DevanagariFont {
  /** Classpath location of the font file (its licence is beside it). */
  public static final String RESOURCE = "/fonts/Lohit-Devanagari.ttf";

  public static final String LICENCE_RESOURCE = "/fonts/Lohit-Devanagari-OFL.txt";

  private static volatile Font base;

  private DevanagariFont() {}

  /** The bundled font at 12 pt, registered with the graphics environment. */
  public static Font base() {
    Font f = base;
    if (f == null) {
      synchronized (DevanagariFont.class) {
        if (base == null) {
          base = load();
        }
        f = base;
      }
    }
    return f;
  }

  /** The bundled font in a style ({@link Font#PLAIN}, {@link Font#BOLD}) and size. */
  public static Font of(int style, float size) {
    return base().deriveFont(style, size);
  }

  /** The family name the font registers under (for CSS and for checks). */
  public static String family() {
    return base().getFamily();
  }

  /**
   * -1 when the font has a glyph for every character of {@code text}, else the first index it
   * lacks.
   */
  public static int canDisplayUpTo(String text) {
    return base().canDisplayUpTo(text);
  }

  /** The TTF file's bytes (the HTML page embeds them). */
  public static byte[] bytes() {
    try (InputStream in = stream(RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static Font load() {
    try (InputStream in = stream(RESOURCE)) {
      Font f = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(Font.PLAIN, 12f);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("not a TrueType font: " + RESOURCE, e);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = DevanagariFont.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("font missing from the classpath: " + resource);
    }
    return in;
  }
}
