package org.dossiercoder.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses ({@code jan.jansen@example.nl}), except an organisation's general mailbox.
 *
 * <p>A mailbox whose local part is a role rather than a person ({@code info@}, {@code
 * administratie@}, {@code leerplicht@}, {@code receptie@}, {@code secretariaat@}, {@code
 * noreply@} and a few more) is organisational: dossiers quote them in every letterhead, and
 * reporting them would bury the addresses that matter. The local part must be exactly such a
 * role ({@code info.jansen@} is a person's).
 *
 * <p>The search starts from each {@code @} and looks at most 64 characters back and 255 ahead
 * (the limits of RFC 5321), so a long run of letters without an {@code @} (an embedded image in
 * extracted text) costs nothing.
 */
final class EmailDetector implements Detector {
  static final int MAX_LOCAL = 64;
  static final int MAX_DOMAIN = 255;

  private static final Pattern DOMAIN = Pattern.compile(
      "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}(?![\\p{L}\\p{N}-])",
      Pattern.UNICODE_CHARACTER_CLASS);

  static final Set<String> ROLE_MAILBOXES = Set.of(
      "info", "administratie", "leerplicht", "receptie", "secretariaat", "noreply", "no-reply",
      "no_reply", "donotreply", "servicedesk", "helpdesk", "contact", "post", "postbus");

  @Override
  public PersonalDataCategory category() {
    return PersonalDataCategory.EMAIL;
  }

  @Override
  public List<Span> find(String text, Integer caseAge) {
    List<Span> out = new ArrayList<>();
    Matcher domain = DOMAIN.matcher(text);
    domain.useTransparentBounds(true);
    int at = text.indexOf('@');
    while (at >= 0) {
      int start = at;
      while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
        start--;
      }
      // Stopped by something that cannot be in an address, not by the length limit.
      boolean bounded = !isLocalChar(charBefore(text, start));
      // Sentence punctuation is not part of an address: ".jan@" or "-jan@" at the front.
      while (start < at && ".-_+%".indexOf(text.charAt(start)) >= 0) {
        start++;
      }
      String local = text.substring(start, at);
      domain.region(at + 1, Math.min(text.length(), at + 1 + MAX_DOMAIN));
      boolean valid = bounded && !local.isEmpty()
          && !local.endsWith(".") && !local.contains("..") && domain.lookingAt();
      if (valid && !ROLE_MAILBOXES.contains(local.toLowerCase(Locale.ROOT))) {
        out.add(new Span(start, domain.end()));
      }
      at = text.indexOf('@', valid ? domain.end() : at + 1);
    }
    return out;
  }

  private static char charBefore(String text, int i) {
    return i > 0 ? text.charAt(i - 1) : ' ';
  }

  private static boolean isLocalChar(char c) {
    return Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
  }
}
