package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossiercoder.DossierInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiserTest {
  @TempDir Path dir;

  private Path key(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] bytes0to31() {
    byte[] b = new byte[32];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  @Test
  void knownAnswer() throws Exception {
    // Computed independently: Python hmac.new(bytes(range(32)), b"c001", sha256), base32.
    Pseudonymiser p = Pseudonymiser.fromKeyFile(key("k", bytes0to31()));
    assertEquals("P7k24nil7yh", p.pseudonym("c001"));
    assertEquals("Pi4lwqkpxma", p.pseudonym("c002"));
  }

  @Test
  void stableForTheSameKeyDifferentForAnother() throws Exception {
    Pseudonymiser a = Pseudonymiser.fromKeyFile(key("a", bytes0to31()));
    Pseudonymiser again = Pseudonymiser.fromKeyFile(key("a2", bytes0to31()));
    Pseudonymiser b = Pseudonymiser.fromKeyFile(
        key("b", "0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(a.pseudonym("c017"), again.pseudonym("c017"));
    assertEquals(a.pseudonym("c017"), a.pseudonym("c017"));
    assertNotEquals(a.pseudonym("c017"), b.pseudonym("c017"));
    assertEquals("P6la4yanjic", b.pseudonym("c001"));
    assertTrue(a.pseudonym("c017").matches("P[a-z2-7]{10}"));
  }

  @Test
  void theKeyNeverShows() throws Exception {
    Pseudonymiser p = Pseudonymiser.fromKeyFile(
        key("k", "geheimgeheimgeheim".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(p.toString().contains("geheim"), p.toString());
  }

  @Test
  void missingShortAndUnreadableKeysAreUserErrors() throws Exception {
    Path missing = dir.resolve("missing.key");
    DossierInputException e = assertThrows(DossierInputException.class,
        () -> Pseudonymiser.fromKeyFile(missing));
    assertEquals(missing, e.file());
    assertTrue(e.getMessage().startsWith(missing + ": key file not found; expected a file of at least 16 bytes"),
        e.getMessage());

    Path shortKey = key("short.key", "0123456789abcde".getBytes(StandardCharsets.US_ASCII));
    e = assertThrows(DossierInputException.class, () -> Pseudonymiser.fromKeyFile(shortKey));
    assertTrue(e.problem().startsWith("key file has 15 bytes; expected a file of at least 16 bytes"),
        e.problem());
    assertFalse(e.getMessage().contains("0123456789abcde"));

    Path directory = Files.createDirectory(dir.resolve("keys"));
    e = assertThrows(DossierInputException.class, () -> Pseudonymiser.fromKeyFile(directory));
    assertTrue(e.problem().startsWith("key file is not a regular file"), e.problem());

    assertEquals("P", Pseudonymiser.fromKeyFile(key("ok", new byte[16])).pseudonym("x").substring(0, 1));
  }

  @Test
  void base32FollowsRfc4648() {
    assertEquals("mzxw6ytboi", Pseudonymiser.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("", Pseudonymiser.base32(new byte[0]));
  }

  @Test
  void refusesAnEmptyCaseId() throws Exception {
    Pseudonymiser p = Pseudonymiser.fromKeyFile(key("k", bytes0to31()));
    assertThrows(IllegalArgumentException.class, () -> p.pseudonym(""));
  }
}
