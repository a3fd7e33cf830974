package org.msmepulse.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the reference CSV files in conf/ (quoted fields, embedded commas and
 * newlines).
 */
public final class Csv {
  private Csv() {}

  /** Rows as maps from header name to value, in file order. */
  public static List<Map<String, String>> read(String confPath) {
    try (BufferedReader r = ConfFiles.open(confPath)) {
      List<List<String>> rows = parse(r);
      if (rows.isEmpty()) {
        return List.of();
      }
      List<String> header = rows.get(0);
      List<Map<String, String>> out = new ArrayList<>(rows.size() - 1);
      for (int i = 1; i < rows.size(); i++) {
        List<String> row = rows.get(i);
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (row.size() != header.size()) {
          throw new IllegalArgumentException(
              "conf/"
                  + confPath
                  + ": row "
                  + (i + 1)
                  + " has "
                  + row.size()
                  + " fields, header has "
                  + header.size());
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          m.put(header.get(c).strip(), row.get(c).strip());
        }
        out.add(m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<List<String>> parse(BufferedReader r) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int ch;
    while ((ch = r.read()) != -1) {
      char c = (char) ch;
      any = true;
      if (quoted) {
        if (c == '"') {
          r.mark(1);
          int next = r.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              r.reset();
            }
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          r.mark(1);
          if (r.read() != '\n') {
            r.reset();
          }
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else if (c == '\uFEFF' && rows.isEmpty() && row.isEmpty() && field.length() == 0) {
        // byte order mark at the start of the file
      } else {
        field.append(c);
      }
    }
    if (any) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
