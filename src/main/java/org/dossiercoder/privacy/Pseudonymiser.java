package org.dossiercoder.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dossiercoder.DossierInputException;

/**
 * Keyed pseudonyms for case ids: {@code P} followed by the first 10 characters of the lower-case
 * base32 (RFC 4648, no padding) of HMAC-SHA256(key, caseId), e.g. {@code Pmfrggzdfmz}.
 *
 * <p>A keyed hash rather than a plain one because case ids are short and guessable: anyone could
 * hash {@code c001}…{@code c999} and reverse a plain hash. With a key kept outside the project
 * (and outside anything shared), the same case gets the same pseudonym in every output and run,
 * and nobody without the key can link a pseudonym back. 10 base32 characters are 50 bits: the
 * chance of two of 10,000 cases colliding is below one in 20 million.
 *
 * <p>The key is the file's bytes as they are (a trailing newline is part of it), at least
 * {@value #MIN_KEY_BYTES} of them; {@code head -c 32 /dev/urandom > pseudonym.key} makes a good
 * one. The key never appears in {@link #toString()} or in an exception message. Instances are
 * immutable and thread-safe.
 */
public final class Pseudonymiser {
  /** Shortest accepted key: 128 bits. */
  public static final int MIN_KEY_BYTES = 16;
  /** Base32 characters after the {@code P}. */
  static final int LENGTH = 10;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final SecretKeySpec key;

  private Pseudonymiser(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * Reads the key from a file.
   *
   * @param keyFile a file of at least {@value #MIN_KEY_BYTES} bytes of secret key material
   * @return a pseudonymiser with that key
   * @throws DossierInputException when the file is missing, is not a readable regular file, or is
   *     shorter than {@value #MIN_KEY_BYTES} bytes; the message names the file and what is
   *     expected, never the key
   */
  public static Pseudonymiser fromKeyFile(Path keyFile) throws DossierInputException {
    Objects.requireNonNull(keyFile, "keyFile");
    String expected = "expected a file of at least " + MIN_KEY_BYTES
        + " bytes of secret key, e.g. made with: head -c 32 /dev/urandom > " + keyFile.getFileName();
    if (!Files.exists(keyFile)) {
      throw new DossierInputException(keyFile, 0, "key file not found; " + expected);
    }
    if (!Files.isRegularFile(keyFile)) {
      throw new DossierInputException(keyFile, 0, "key file is not a regular file; " + expected);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(keyFile);
    } catch (IOException e) {
      throw new DossierInputException(keyFile, 0, "key file cannot be read ("
          + e.getClass().getSimpleName() + "); " + expected, e);
    }
    if (bytes.length < MIN_KEY_BYTES) {
      throw new DossierInputException(keyFile, 0,
          "key file has " + bytes.length + " bytes; " + expected);
    }
    return new Pseudonymiser(bytes);
  }

  /**
   * The pseudonym of a case id: the same for the same key and id, different for another key.
   *
   * @param caseId the case id as in {@code cases.csv}; not empty
   * @return {@code P} and 10 characters of {@code [a-z2-7]}
   */
  public String pseudonym(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    if (caseId.isEmpty()) {
      throw new IllegalArgumentException("caseId is empty");
    }
    byte[] mac;
    try {
      // A Mac is not thread-safe; making one per call keeps the instance shareable, and costs
      // microseconds against a run that reads documents.
      Mac hmac = Mac.getInstance(ALGORITHM);
      hmac.init(key);
      mac = hmac.doFinal(caseId.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
    return "P" + base32(mac).substring(0, LENGTH);
  }

  /** Lower-case RFC 4648 base32 without padding. */
  static String base32(byte[] bytes) {
    StringBuilder sb = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return sb.toString();
  }

  /** Says what this is, never what the key is. */
  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA256, key hidden]";
  }
}
