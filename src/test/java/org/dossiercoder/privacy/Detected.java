package org.dossiercoder.privacy;

import java.util.List;
import java.util.stream.Collectors;

/** Test helper: the values a detector finds, as strings (all test values are synthetic). */
final class Detected {
  private Detected() {}

  static List<String> values(Detector detector, String text, Integer caseAge) {
    return detector.find(text, caseAge).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .collect(Collectors.toList());
  }

  static List<String> values(Detector detector, String text) {
    return values(detector, text, null);
  }
}
