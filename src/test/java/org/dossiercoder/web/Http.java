package org.dossiercoder.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw HTTP/1.1 client over a socket, so tests can send exactly the request line and headers an
 * attacker would (unnormalised paths, foreign Host headers), which HTTP client libraries refuse
 * or rewrite.
 */
final class Http {
  /** A response: status, headers as received, body. */
  record Reply(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private Http() {}

  static Reply send(int port, String method, String target, String host, String contentType, String body)
      throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder req = new StringBuilder();
    req.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    if (host != null) {
      req.append("Host: ").append(host).append("\r\n");
    }
    if (contentType != null) {
      req.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (body != null) {
      req.append("Content-Length: ").append(content.length).append("\r\n");
    }
    req.append("Connection: close\r\n\r\n");
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream o = s.getOutputStream();
      o.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      o.write(content);
      o.flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = split < 0 ? all : all.substring(0, split);
      String rest = split < 0 ? "" : all.substring(split + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      return new Reply(status, head, rest);
    }
  }

  static Reply get(int port, String target) throws IOException {
    return send(port, "GET", target, "127.0.0.1:" + port, null, null);
  }

  static Reply post(int port, String target, String form) throws IOException {
    return send(port, "POST", target, "127.0.0.1:" + port, "application/x-www-form-urlencoded", form);
  }

  /** The page token embedded in a page. */
  static String token(String page) {
    Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new AssertionError("no token in page");
    }
    return m.group(1);
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
