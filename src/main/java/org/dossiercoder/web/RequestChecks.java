package org.dossiercoder.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks every request passes before it reaches a page: pure functions, tested on their own. */
final class RequestChecks {
  private static final SecureRandom RANDOM = new SecureRandom();

  private RequestChecks() {}

  /** A new page token: 256 random bits, URL-safe. */
  static String newToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Whether the given token is the expected one, compared in constant time; null never matches. */
  static boolean tokenMatches(String expected, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether the Host header names this server on the loopback interface. A page of another site
   * whose name was re-pointed to 127.0.0.1 (DNS rebinding) sends its own name here and is refused.
   *
   * @param hosts every Host header of the request (exactly one is allowed)
   * @param port the port the server listens on
   */
  static boolean hostAllowed(List<String> hosts, int port) {
    if (hosts == null || hosts.size() != 1) {
      return false;
    }
    String h = hosts.get(0).strip().toLowerCase(Locale.ROOT);
    for (String name : List.of("127.0.0.1", "localhost")) {
      if (h.equals(name) || h.equals(name + ":" + port)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses a query string or an {@code application/x-www-form-urlencoded} body.
   *
   * @throws IllegalArgumentException on a malformed escape or a name given twice
   */
  static Map<String, String> form(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (out.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("parameter '" + name + "' given twice");
      }
    }
    return out;
  }
}
