package org.dossiercoder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestChecksTest {
  @Test
  void onlyTheLoopbackNamesWithThisPortAreAcceptedAsHost() {
    assertTrue(RequestChecks.hostAllowed(List.of("127.0.0.1:8080"), 8080));
    assertTrue(RequestChecks.hostAllowed(List.of("localhost:8080"), 8080));
    assertTrue(RequestChecks.hostAllowed(List.of("localhost"), 8080));
    assertFalse(RequestChecks.hostAllowed(List.of("localhost:8081"), 8080));
    assertFalse(RequestChecks.hostAllowed(List.of("rebound.example:8080"), 8080));
    assertFalse(RequestChecks.hostAllowed(List.of("127.0.0.1:8080", "127.0.0.1:8080"), 8080), "one Host header");
    assertFalse(RequestChecks.hostAllowed(null, 8080));
  }

  @Test
  void tokensMatchOnlyExactly() {
    String t = RequestChecks.newToken();
    assertTrue(RequestChecks.tokenMatches(t, t));
    assertFalse(RequestChecks.tokenMatches(t, null));
    assertFalse(RequestChecks.tokenMatches(t, ""));
    assertFalse(RequestChecks.tokenMatches(t, t + " "));
    assertFalse(RequestChecks.tokenMatches(t, RequestChecks.newToken()));
  }

  @Test
  void formsAreDecodedAsUtf8AndNamesMayNotRepeat() {
    Map<String, String> f = RequestChecks.form("a=1&memo=zo%C3%AB+en+%26&empty=&flag");
    assertEquals(Map.of("a", "1", "memo", "zoë en &", "empty", "", "flag", ""), f);
    assertThrows(IllegalArgumentException.class, () -> RequestChecks.form("a=1&a=2"));
    assertThrows(IllegalArgumentException.class, () -> RequestChecks.form("a=%zz"));
  }
}
