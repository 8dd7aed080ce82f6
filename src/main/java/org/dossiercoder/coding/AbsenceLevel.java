package org.dossiercoder.coding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossiercoder.index.Lexicon;

/**
 * Reads how much absence one journal sentence reports, on a four-step scale:
 *
 * <ul>
 *   <li>0 — attending: "weer volledig naar school", "geen verzuim meer", "alle dagen aanwezig";
 *   <li>1 — light: hours or lessons missed, a single day, arriving late;
 *   <li>2 — partial: several whole days, parts of weeks, a reduced timetable;
 *   <li>3 — full: weeks or months absent, "zit thuis", "niet meer naar school".
 * </ul>
 *
 * <p>Sentences that report no amount or kind of absence give no level. The patterns follow how
 * amounts are written in leerplicht registrations (hours per 4 weeks, days, weeks), not the
 * wording of particular dossiers.
 */
final class AbsenceLevel {
  private static final String NUM = "(\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|meerdere|diverse|paar)";
  private static final String ABSENT =
      "(afwezig|absent|verzuim\\w*|ongeoorl\\w*|gemist|niet (op|naar) school|thuis|ziek\\w*|gespijbeld|spijbel\\w*)";

  private static final Pattern ATTENDING = Pattern.compile(
      "(weer|volledig|alle dagen|elke dag|dagelijks|gewoon|goed|trouw|regelmatig) (naar school|aanwezig|op school)"
          + "|geen (ongeoorloofd |nieuw )?verzuim( meer)?|verzuim (is )?(gestopt|gestabiliseerd|opgelost|nihil)"
          + "|0 (uur|lesuren|dagen) (verzuim|ongeoorl|afwezig)|100 ?% aanwezig|volledige schoolgang|schoolgang (is )?hersteld"
          + "|(geen|nauwelijks) (uren|lessen|dagen) (meer )?(gemist|verzuimd)|volledig rooster|hele dagen aanwezig");
  private static final Pattern FULL = Pattern.compile(
      "(volledig|geheel|helemaal|compleet|totaal) (thuis|afwezig|verzuim\\w*|niet (meer )?(naar|op) school)"
          + "|(zit|zat|blijft|bleef) (nog steeds |al |volledig |weer )?thuis|thuiszit\\w*"
          + "|niet meer (naar|op) school|0 dagen aanwezig|geen (enkele )?dag (aanwezig|op school)"
          + "|" + NUM + " (weken|maanden|week|maand) (niet (op|naar) school|afwezig|thuis|verzuim\\w*|ziek\\w*)"
          + "|(weken|maanden) (lang )?(niet (op|naar) school|afwezig|thuis)|hele (week|maand|periode) (afwezig|niet)");
  /** "N dagen … afwezig" or "afwezig … N dagen" (also lesdagen, ochtenden). */
  private static final Pattern DAYS = Pattern.compile(
      NUM + "( tot \\d+| a \\d+|-\\d+)? (hele |volle |les)?(dag|dagen|lesdagen|ochtenden|middagen|dagdelen)\\b([^.;]{0,35}?)" + ABSENT
          + "|" + ABSENT + "[^.;]{0,25}?" + NUM + "( tot \\d+| a \\d+|-\\d+)? (hele |volle |les)?(dag|dagen|lesdagen|ochtenden|middagen|dagdelen)\\b"
          + "|" + NUM + "( tot \\d+| a \\d+|-\\d+)? (dag|dagen|ochtenden|middagen) per week (niet|thuis|afwezig|weg)");
  private static final Pattern AMOUNT = Pattern.compile("\\b" + NUM + "\\b");
  /** "N (les)uren … ongeoorloofd" or the reverse. */
  private static final Pattern HOURS = Pattern.compile(
      NUM + " (les)?(uur|uren|lesuren|lessen)\\b[^.;]{0,30}?" + ABSENT
          + "|" + ABSENT + "[^.;]{0,20}?" + NUM + " (les)?(uur|uren|lesuren|lessen)\\b");
  /** Ongoing absence without an amount: "sinds 04-03 niet op school geweest". */
  private static final Pattern SINCE = Pattern.compile(
      "sinds [^.;]{1,30}?(niet (meer )?(op|naar) school|afwezig|niet (meer )?gekomen|thuis)");
  private static final Pattern PER_WEEK = Pattern.compile("(dag|dagen|ochtenden|middagen) per week");
  private static final Pattern BACK_TO_ZERO = Pattern.compile(
      "(naar|tot) (nul|0)\\b|nog geen (ongeoorloofd )?verzuim|geen (ongeoorloofd )?verzuim (meer|gemeld|geregistreerd)");
  /** Plans, goals and conditions describe no observed absence: "indien … niet weer naar school". */
  private static final Pattern NOT_AN_OBSERVATION = Pattern.compile(
      "\\b(indien|mocht|tenzij|zodra|wanneer|doel|doelen|streven|streefdoel|afgesproken|zou|zouden|dreigt)\\b");
  private static final Pattern LIGHT = Pattern.compile(
      "losse (les)?uren|te laat (komen|gekomen|op school)|spijbel\\w*|uitstuur\\w*|regelmatig (afwezig|ziek gemeld)");

  private AbsenceLevel() {}

  /** The level a sentence reports, or -1 when it reports no absence. */
  static int of(String sentence) {
    String s = Lexicon.fold(sentence.replaceAll("\\s+", " "));
    if (NOT_AN_OBSERVATION.matcher(s).find()) {
      return -1;
    }
    if (BACK_TO_ZERO.matcher(s).find()) {
      return 0;
    }
    if (FULL.matcher(s).find()) {
      return 3;
    }
    Matcher days = DAYS.matcher(s);
    if (days.find()) {
      int n = firstAmount(days.group());
      if (PER_WEEK.matcher(s).find()) {
        return n >= 2 ? 2 : 1;
      }
      return n >= 15 ? 3 : n >= 3 ? 2 : 1;
    }
    Matcher hours = HOURS.matcher(s);
    if (hours.find()) {
      return firstAmount(hours.group()) >= 30 ? 2 : 1;
    }
    if (SINCE.matcher(s).find()) {
      return 2;
    }
    if (LIGHT.matcher(s).find()) {
      return 1;
    }
    if (ATTENDING.matcher(s).find()) {
      return 0;
    }
    return -1;
  }

  private static int firstAmount(String match) {
    Matcher m = AMOUNT.matcher(match);
    return m.find() ? number(m.group(1)) : 1;
  }

  /** A written amount as a number; vague amounts ("enkele", "diverse") count as three. */
  static int number(String word) {
    if (word == null) {
      return 1;
    }
    return switch (word) {
      case "een" -> 1;
      case "twee", "paar" -> 2;
      case "drie", "enkele", "meerdere", "diverse" -> 3;
      case "vier" -> 4;
      case "vijf" -> 5;
      case "zes" -> 6;
      case "zeven" -> 7;
      case "acht" -> 8;
      case "negen" -> 9;
      case "tien" -> 10;
      default -> {
        try {
          yield Integer.parseInt(word);
        } catch (NumberFormatException e) {
          yield 1;
        }
      }
    };
  }


}
