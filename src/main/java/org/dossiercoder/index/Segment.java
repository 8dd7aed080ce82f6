package org.dossiercoder.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One sentence of a document, the unit that rules match and codings point to.
 *
 * <p>In an interview transcript a segment also knows the speaker turn it belongs to: a turn that
 * is one sentence is one segment, a longer turn is split into its sentences, and every sentence
 * keeps the turn's number, speaker, role and the question it answers.
 *
 * @param ordinal 0-based position of the segment in its document
 * @param start offset of the first character in the document text
 * @param end offset after the last character
 * @param text the sentence
 * @param entryDate the date of the journal entry it belongs to, or null outside dated entries
 * @param section the heading it stands under (an OPP domain), or empty
 * @param turn 1-based speaker turn in a transcript, counting interviewer and respondent turns in
 *     document order; 0 for the header lines of a transcript and for all text that is not a
 *     transcript turn
 * @param speaker the speaker label as written ({@code I}, {@code R}, {@code Moeder}), or empty
 * @param speakerKind interviewer, respondent, header, or none outside transcripts
 * @param role the respondent role ({@code leerling}, {@code ouder}, …) for every segment of an
 *     interview (on interviewer turns: the interview's respondent role), else empty
 * @param question for a respondent turn, the text of the nearest preceding interviewer turn
 *     (whitespace collapsed), else empty
 * @param relativeDate in a journal that names no year anywhere, the entry's day and month in an
 *     assumed school year, so that entries can be ordered and spaced; null otherwise. It is never
 *     shown as a date: the year in it is not the dossier's.
 */
public record Segment(
    int ordinal,
    int start,
    int end,
    String text,
    LocalDate entryDate,
    String section,
    int turn,
    String speaker,
    SpeakerKind speakerKind,
    String role,
    String question,
    LocalDate relativeDate) {
  /** Validates the fields. */
  public Segment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(question, "question");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
    if (turn < 0) {
      throw new IllegalArgumentException("bad turn " + turn);
    }
  }

  /** A segment outside any transcript turn (journals, OPP's, plain text). */
  public Segment(int ordinal, int start, int end, String text, LocalDate entryDate, String section) {
    this(ordinal, start, end, text, entryDate, section, 0, "", SpeakerKind.NONE, "", "", null);
  }

  /** A segment of a transcript turn, or one read back from the store, without a relative date. */
  public Segment(int ordinal, int start, int end, String text, LocalDate entryDate, String section,
      int turn, String speaker, SpeakerKind speakerKind, String role, String question) {
    this(ordinal, start, end, text, entryDate, section, turn, speaker, speakerKind, role, question, null);
  }

  /** This segment with a relative date (see {@link #relativeDate()}). */
  public Segment withRelativeDate(LocalDate date) {
    return new Segment(ordinal, start, end, text, entryDate, section, turn, speaker, speakerKind, role, question, date);
  }

  /** This segment at another position, shifted by {@code delta} characters, with turn data. */
  Segment placed(int newOrdinal, int delta, int newTurn, String newSpeaker, SpeakerKind kind,
      String newRole, String newQuestion) {
    return new Segment(newOrdinal, start + delta, end + delta, text, entryDate, section, newTurn,
        newSpeaker, kind, newRole, newQuestion);
  }
}
