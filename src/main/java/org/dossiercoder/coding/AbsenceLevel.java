package org.dossiercoder.coding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossiercoder.index.DutchMonths;
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
 * amounts are written in leerplicht registrations (hours per 4 weeks, days, weeks, attendance as
 * "3 van de 5 dagen aanwezig" or a percentage), not the wording of particular dossiers. Wishes,
 * goals and plans ("wil weer naar school", "om hem weer naar school te krijgen") and negated
 * attendance ("niet belastbaar voor een volledig rooster") are not observations of attendance.
 */
final class AbsenceLevel {
  private static final String NUM = "(\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|meerdere|diverse|paar)";
  private static final String MONTH = DutchMonths.NAMES;
  /** Where a pupil goes to learn: an mbo student's "opleiding" or "ROC" is the school. */
  private static final String SCHOOL = "(school|de opleiding|opleiding|het roc|roc|het mbo)";
  // "afw" is the journals' abbreviation of afwezig ("sinds 13-4 volledig afw")
  private static final String ABSENT =
      "(afwezig|afw\\b|absent|verzuim\\w*|ongeoorl\\w*|gemist|niet (meer )?(op|naar) " + SCHOOL + "|\\bthuis|ziek\\w*|gespijbeld|spijbel\\w*"
          + "|weg\\b|niet aanwezig|niet verschenen|zonder bericht)";

  /** Absence words that can precede an amount: "thuis" is left out ("thuis, IVO 3 uur per week"). */
  private static final String ABSENT_BEFORE =
      "(afwezig|afw\\b|absent|verzuim\\w*|ongeoorl\\w*|gemist|niet (op|naar) " + SCHOOL + "|ziek\\w*|gespijbeld|spijbel\\w*|niet aanwezig"
          // "steeds vaker thuis gebleven: in de twee weken na de vakantie vijf hele dagen"
          + "|thuis ?(ge)?bleven)";
  /** A range "1 a 2", "2 tot 3", "3-4": the upper bound is the amount. */
  // ("1 à 1,5 dag per week": the half is part of the range, not an amount of five)
  private static final String RANGE = "( tot \\d+([,.]5)?| tot (twee|drie|vier|vijf)| a \\d+([,.]5)?| a (twee|drie|vier|vijf)|-\\d+)?";

  private static final Pattern ATTENDING = Pattern.compile(
      "(weer|volledig|alle dagen|elke dag|dagelijks|gewoon|goed|trouw|regelmatig) (naar school|aanwezig|op school)"
          + "|geen (ongeoorloofd |ongeoorl\\.? |nieuw )?verzuim\\b( meer)?|geen (nieuwe )?verzuimmelding(en)?\\b|verzuim (is )?(gestopt|gestabiliseerd|opgelost|nihil)"
          + "|0 (uur|lesuren|dagen) (verzuim|ongeoorl|afwezig)|100 ?% aanwezig|volledige schoolgang|schoolgang (is )?hersteld"
          + "|(geen|nauwelijks) (uren|lessen|dagen) (meer )?(gemist|verzuimd)|volledig rooster|hele dagen aanwezig"
          + "|volledige? aanwezig(heid)?|(elke|iedere) (les)?dag (de hele dag |hele dagen |volledig )?(aanwezig|op school|naar school)"
          // "di 17/2 t/m vr 20/2 – hele dagen op school" (not "opbouw naar hele dagen op school")
          + "|(?<!naar )(?<!tot )\\b(hele|volle) dagen (op school|naar school|geweest)"
          // (not "alle ochtenden aanwezig": the mornings of a part-time timetable)
          + "|(de )?hele week (gegaan|geweest|op school geweest|naar school gegaan|aanwezig)|(alle|elke) dag(en)? (gegaan|geweest)"
          // "sinds 25-11 niet meer afwezig geweest"
          + "|niet meer afwezig( geweest| gemeld)?|geen dag (meer )?afwezig"
          + "|\\b(alles|allemaal|overal) aanwezig|\\b(alle|beide) (lessen|lesuren|uren|dagen|roosterdagen|lesdagen|schooldagen) (aanwezig|gevolgd|bijgewoond|op school)");
  /** A negation just before an attendance phrase: "niet belastbaar voor een volledig rooster". */
  private static final Pattern NEGATED_BEFORE = Pattern.compile("\\b(niet|geen|nooit|nog niet)\\b[^.;,]{0,30}$");
  /**
   * Advice, a goal or a wish just before an attendance phrase: "Jeugdarts adviseert snel weer naar
   * school", "doel: weer volledig naar school", "hij wil weer naar school" tell what should happen.
   */
  private static final Pattern WISHED_BEFORE = Pattern.compile(
      "\\b(adviseert|adviseren|adviseerde|advies|geadviseerd|doel|streven|streeft|streefdoel|wil|willen|wilde|wilden|moet|moeten|zou|zouden|hoopt|hopen|proberen|probeert)\\b[^.;,]{0,30}$");
  private static final Pattern FULL = Pattern.compile(
      // "nog niet helemaal weg" is no full absence
      "(?<!niet )(?<!nooit )(volledig|geheel|helemaal|compleet|totaal) (thuis|afwezig|afw\\b|absent|weg|verzuim\\w*|niet (meer )?(naar|op) " + SCHOOL + ")"
          + "|(zit|zat|blijft|bleef) (nog steeds |al |volledig |weer )?thuis(?! (betrokken|langs|begeleid\\w*|wonen|werken|als|wanneer|zodra|op dagen))|(?<!geen )(?<!niet )thuiszit\\w*"
          // not a parent who can no longer take the pupil: "ik kan haar niet meer naar school brengen"
          + "|niet meer (naar|op) " + SCHOOL + "(?! (brengen|sturen|dwingen))|\\b0 dagen aanwezig|geen (enkele )?dag (aanwezig|op school)"
          // "eens per 6 weken thuis" is how often a father comes home, not weeks of absence
          // ("3e keer in 4 wkn ziek op maandag": four weeks are the window, not the absence)
          + "|(?<!per )(?<!om de )(?<!\\bin )(?<!binnen )" + NUM + " (weken|maanden|week|maand|wk|wkn) (aaneengesloten |achter elkaar |lang )?(niet (op|naar) " + SCHOOL
          + "|afwezig|thuis|verzuim\\w*|ziek\\w*|gemist|weggebleven|niet geweest|niet gegaan)"
          + "|" + NUM + " (weken|maanden|wk|wkn) (aaneengesloten|achter elkaar)"
          // how long the absence has gone on: "verzuim gemeld (nu ruim 2 weken)", "verzuim inmiddels 3 weken"
          + "|\\bverzuim(?!melding|signaal|gesprek|brief|overzicht|registratie)\\w*[^.;]{0,25}?\\b(nu|inmiddels|al) (ruim |bijna |ongeveer |zo'n )?"
          + NUM + " (weken|maanden|wk|wkn)\\b(?! (geleden|terug|oud))"
          + "|(?<!per \\w{1,6} )(weken|maanden) (lang )?(niet (op|naar) school|afwezig|thuis)|hele (week|maand|periode) (afwezig|afw\\b|absent|weg|niet)"
          // a week without a day at school: "De mentor belde. Kim is deze week niet geweest."
          + "|\\b(is|was|zijn|waren) (deze|die|vorige|afgelopen) week (helemaal |ook |weer )?niet (op school |naar school )?(geweest|gekomen|gegaan|verschenen)"
          // a year-end account: "Stand 2015: vrijwel het hele jaar niet op school geweest"
          + "|hele (school)?jaar (niet (op|naar) school|afwezig|afw\\b|thuis (gezeten|geweest|gebleven))"
          + "|geen (enkele )?(les)?dag( meer)? (aanwezig|op school|naar school|geweest)"
          + "|geen enkele (les)?dag\\b(?!( (of|en) \\w+)?( meer)? (gemist|verzuimd|afwezig|ziek|te laat))|geen (enkele )?les(sen)? (meer )?(gevolgd|bijgewoond)"
          + "|\\b0 (dagen|dgn|lessen|lesuren|uur|uren) (onderwijs|aanwezig|aanw\\b|op school|naar school|gevolgd)|schoolgang (blijft |is |was |bleef )?(nog steeds |nog altijd |nog |vrijwel |nagenoeg )?(0|nul|nihil)\\b"
          + "|(nagenoeg|vrijwel|bijna|nauwelijks|amper) (niet|nooit|geen dag)( meer)? (op|naar) school"
          + "|(nauwelijks|amper) (op|naar) school"
          // all days but one: "sinds 2 nov. op 1 dag na niet op school"
          + "|\\bop (een|1|twee|2|enkele|een paar) (les)?dag(en)? na (niet|nooit|afwezig|weg|thuis)\\b"
          + "|geen schoolgang|geen schoolbezoek\\b|(volledige|totale) stop (op )?(de )?schoolgang|geen (les|lessen|onderwijs) (op (haar|zijn) (eigen )?school )?(meer )?gehad"
          + "|niet meer (verschenen|gezien) op school"
          // nothing attended since a date: "Stand: 0 lessen sinds 24-02"
          + "|(?<![\\d,.])(0|nul) (lessen|lesuren|lesdagen|schooldagen|dagen|dgn) (aanwezig |gevolgd |op school )?sinds\\b"
          // a journal's bare "sinds 22 september gaat ze niet": the clause ends in the denial
          + "|\\bsinds [^.;,]{1,30} (gaat|ging|komt|kwam) (hij|ze|zij)( nog steeds| helemaal)? niet( meer)?( \\(|[.;,]|$)"
          // not enrolled anywhere: no school to attend ("geen sprake van absoluut verzuim" is none)
          + "|(^|\\b(sprake van|is|blijft|bleef|dus|nog|het|in|=|:) )absoluut verzuim(?! (dossier|gesloten|afgesloten|beeindigd|opgeheven))|geen (enkele )?dag (onderwijs|les|lessen) (gevolgd|gehad)"
          + "|op geen enkele school (gestaan|ingeschreven)"
          // enrolled nowhere is absoluut verzuim: "geen schoolinschrijving", "niet ingeschreven op een school"
          + "|geen schoolinschrijving|(geen inschrijving|niet ingeschreven) (op|bij|aan) (een|enige) (school|opleiding)|nergens ingeschreven"
          + "|(volledig|geheel|helemaal) zonder (onderwijs|school|schoolplek)");
  /** A count of days just before a phrase of full absence: "één dag helemaal niet naar school". */
  private static final Pattern DAYS_BEFORE = Pattern.compile(
      "\\b" + NUM + " (hele |volle )?(dag|dagen|ochtend|ochtenden|middag|middagen|uur|uren|lesuur|lessen|keer)\\b(?! na\\b)[^.;,]{0,12}$");
  /**
   * Most of the lessons or days missed, without a count: "mist het grootste deel van de lessen",
   * "miste bijna alle theorielessen" (partial absence: the pupil still comes some of the time).
   */
  private static final Pattern MOST_MISSED = Pattern.compile(
      "\\b(het grootste deel|grootste gedeelte|de meeste|bijna alle|vrijwel alle|het merendeel|de helft)"
          + " (van )?(de |het |zijn |haar )?(\\w*lessen|lesuren|lesdagen|schooldagen|dagen|uren|rooster)\\b"
          + "([^.;]{0,25}\\b(mist|gemist|miste|afwezig|verzuimd|niet (gevolgd|geweest|aanwezig)))?");
  private static final Pattern MISSES = Pattern.compile("\\b(mist|miste|misten|verzuimt|verzuimde|gemist|afwezig|verzuimd)\\b");
  /** Absence counted in times: "in mei nog maar één keer afwezig geweest", "3 keer ziek gemeld". */
  private static final Pattern TIMES_ABSENT = Pattern.compile(
      "\\b" + NUM + " ?(keer|x) (afwezig|ziek|gemist|weg|niet (op|naar) " + SCHOOL + "|niet geweest|niet gekomen|niet verschenen)");
  /** Whole days, however qualified: "3 hele dagen", "6 schooldagen", "2 ongeoorloofde dagen". */
  private static final String DAY_UNIT =
      "(hele |volle |losse |ongeoorloofde |geoorloofde )?(les|school)?(dag|dagen|dgn|ochtenden|ochtend|middagen|middag|dagdelen|dagdeel)";
  /**
   * A count of days, not a date's day: "sinds 30-11 ochtenden + 2 middagen" is no range of 30 to 11
   * mornings.
   */
  private static final String DAY_COUNT = "(?<![\\d/-])(?<!\\b(?:sinds|vanaf|per) )" + NUM;
  /** "N dagen … afwezig" or "afwezig … N dagen" (also lesdagen, ochtenden). */
  private static final Pattern DAYS = Pattern.compile(
      // not "1 ochtend geweest, daarna weer weg": days attended
      DAY_COUNT + RANGE + " " + DAY_UNIT + "\\b(?! (geweest|aanwezig|gekomen|op school))([^.;]{0,35}?)" + ABSENT
          + "|" + ABSENT_BEFORE + "[^.;]{0,25}?" + DAY_COUNT + RANGE + " " + DAY_UNIT + "\\b"
          + "|" + DAY_COUNT + RANGE + " (dag|dagen|ochtenden|middagen) per week (niet|thuis|afwezig|weg)"
          // "na Pasen 3 dagen niet gekomen"
          + "|" + DAY_COUNT + RANGE + " " + DAY_UNIT + " niet (ge)?komen\\b");
  private static final Pattern AMOUNT = Pattern.compile("\\b" + NUM + "\\b");
  /** Hours as a unit: "uren", "lesuren", "lessen", and the mbo's "klokuren". */
  private static final String HOUR_UNIT = "(les|klok)?(uur|uren|lesuren|lessen)";
  /** "N (les)uren … ongeoorloofd" or the reverse. */
  // ("komt 's nachts om 3 uur thuis" is a time of day, not three hours missed)
  private static final Pattern HOURS = Pattern.compile(
      "(?<!\\bom )(?<!\\bom ca\\. )(?<!\\bom ongeveer )(?<!\\bom half )" + NUM + RANGE + " " + HOUR_UNIT + "\\b[^.;]{0,30}?" + ABSENT
          + "|" + ABSENT_BEFORE + "[^.;]{0,35}?" + NUM + RANGE + " (ongeoorloofde )?" + HOUR_UNIT + "\\b");
  /**
   * Attendance as a share: "3 van de 5 dagen aanwezig", "3 dagen aanwezig van de 10", "9 van de 10
   * lesdagen weg", "ongeveer 60% aanwezig", "4 a 5 dagen per week aanwezig".
   */
  // ("3 van de 4 roosterdagen op school": the days of a reduced timetable)
  private static final String UNIT = "(les|klok|rooster|school)?(dagen|dag|lessen|lesuren|uren|uur|ochtenden|middagen|dagdelen|keer)";
  private static final Pattern SHARE = Pattern.compile(
      "(\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) van de (\\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) "
          + "(?:geroosterde |geplande |mogelijke )?" + UNIT + " (?:(?:on)?geoorloofd )?"
          + "(aanwezig|op school|naar school|geweest|afwezig|weg|gemist|verzuimd|niet)"
          + "|(\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) " + UNIT
          + " (aanwezig|op school|geweest) (van de|op de|uit) (\\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\\b");
  /** A hedge before a figure: "ongeveer 60%", "zo'n 5%". */
  private static final String ABOUT = "(ongeveer |circa |ca\\.? |rond |zo'n )?";
  private static final Pattern PERCENT = Pattern.compile(
      "(\\d{1,3}) ?(%|procent) (aanwezig|aanwezigheid|aanw|op school|afwezig|afwezigheid|verzuim)"
          + "|(aanwezigheid|aanwezig|aanw|afwezigheid|afwezig|verzuim)\\.?( van| is| was| op| (is )?(gedaald|gezakt|gestegen|opgelopen|teruggelopen) (naar|tot))?"
          + " " + ABOUT + "(\\d{1,3}) ?(%|procent)");
  /**
   * A registration entry over a span of days: "27-01-15 t/m 30-01-15  absent, G.", "04-11 t/m 21-11
   * alle dagen afgemeld, ziek": every school day of the span missed.
   */
  private static final Pattern DAY_SPAN = Pattern.compile(
      "^((ma|di|wo|do|vr)\\.? )?(\\d{1,2})[-/](\\d{1,2})([-/]\\d{2,4})? ?(t/m|tot en met|-|–) ?((ma|di|wo|do|vr)\\.? )?"
          + "(\\d{1,2})[-/](\\d{1,2})([-/]\\d{2,4})?\\s*[-:–]?\\s+(alle dagen |hele dagen |volledig )?"
          + "(absent|afwezig|afgemeld|afm\\b|ziek\\w*|niet (op|naar) school|niet verschenen|thuis)");
  /**
   * A school's period figure: "Stand P1: 20% gemist", "Stand P2: 12%", "periode 3: 6 %" — the
   * share of lessons missed when it is low, attended when it is high, as a month's bare figure.
   */
  private static final Pattern PERIOD_PERCENT = Pattern.compile(
      "^(stand )?(p|periode|rapportperiode) ?\\d\\b[^.;:%]{0,20}:? " + ABOUT
          + "(?<pct>\\d{1,3}) ?(%|procent)(?! (aanwezig|aanwezigheid|gevolgd))");
  /** A year named as when something happened ("in 2012", "schooljaar 2011-2012"), not since when. */
  private static final Pattern EARLIER_YEAR = Pattern.compile("\\b(in|in het jaar|schooljaar|sj) (20\\d{2})\\b");
  /** A year's total: "Verzuim 2015 (schatting): 29 dgn", "verzuim in 2015: 40 uur". */
  private static final Pattern YEAR_TOTAL = Pattern.compile("^(totaal )?verzuim (in |over )?(20\\d{2})\\b(?![-/])");

  /**
   * A span of two dates of one school year: "26-01 t/m 06-02", "van 12-10 tot 3-11", "09-02-15 t/m
   * 13-02-15", "van ma 17-11 t/m vr 05-12". {@link #overDates} reads the days it counts over;
   * {@link #looksBack} its end.
   */
  private static final Pattern DATE_SPAN = Pattern.compile(
      "\\b(?<fd>\\d{1,2})[-/](?<fm>\\d{1,2})([-/]\\d{2,4})? ?(?<to>t/m|tot en met|tot) ?((ma|di|wo|do|vr)\\.? )?(?<td>\\d{1,2})[-/](?<tm>\\d{1,2})([-/]\\d{2,4})?(?![-/]?\\d)");
  /** Any percentage: "15%", "15 procent". */
  private static final Pattern BARE_PERCENT = Pattern.compile("\\b(\\d{1,3}) ?(%|procent)");
  /** Days at school over a number of weeks: "3 dagen aanwezig in twee weken". */
  private static final Pattern PRESENT_IN_WEEKS = Pattern.compile(
      "\\b(?<n>\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (les)?(?<unit>dagen|dag|dagdelen|ochtenden)"
          + " (aanwezig|op school|geweest) in (de )?(afgelopen |laatste )?(?<weeks>\\d+|een|twee|drie|vier|vijf|zes) weken?\\b");
  /**
   * Attendance as a fraction: "aanwezig 3/5", "online 19/25", "3/5 dagen aanwezig"; absence as one:
   * "gemist 2/10". A week's line may give the fraction alone ("wk 42 – 20/25"), lessons attended
   * of those planned; it is only read when the whole is more than twelve, so that no date
   * ("wk 42 – 14/10") is taken for one.
   */
  private static final Pattern FRACTION = Pattern.compile(
      "\\b(?<pw>aanwezig|aanw\\.?|online|present|afwezig|gemist):? (?<pn>\\d{1,2})/(?<pm>\\d{1,2})(?![/-]?\\d)"
          + "|\\b(?<an>\\d{1,2})/(?<am>\\d{1,2}) (lessen |lesuren |dagen |dagdelen |ochtenden )?(?<aw>aanwezig|online|gevolgd|afwezig|gemist)\\b"
          + "|^(?:wk|week)\\.? ?\\d{1,2} ?[-–:]? ?(?<wn>\\d{1,2})/(?<wm>\\d{2})(?![/-]?\\d)");

  private static final Pattern PART_TIME = Pattern.compile("^ ?(ochtenden|middagen|ochtend|middag)\\b| (ochtenden|middagen) ");

  /** The share a fraction reports ({@link #FRACTION}), or null when the line has none. */
  private static Measure fraction(String line) {
    Matcher f = FRACTION.matcher(line);
    if (!f.find()) {
      return null;
    }
    String n = f.group("pn") != null ? f.group("pn") : f.group("an") != null ? f.group("an") : f.group("wn");
    String m = f.group("pm") != null ? f.group("pm") : f.group("am") != null ? f.group("am") : f.group("wm");
    String word = f.group("pw") != null ? f.group("pw") : f.group("aw") != null ? f.group("aw") : "aanwezig";
    int part = Integer.parseInt(n);
    int whole = Integer.parseInt(m);
    if (whole < 2 || part > whole || f.group("wm") != null && whole <= 12
        || PART_TIME.matcher(f.group()).find() || PART_TIME.matcher(line.substring(f.end())).lookingAt()) {
      return null; // ("5/5 ochtenden aanwezig": the mornings of a part-time timetable)
    }
    double share = (double) part / whole;
    return Measure.share(word.equals("afwezig") || word.equals("gemist") ? share : 1 - share);
  }

  /**
   * A return that failed, told in the last clause: "F. is 2x geweest (1 uur), daarna weer thuis",
   * "Dag 3 niet. Daarna niet meer verschenen": where the pupil ended up is the level now.
   */
  private static final Pattern THEN_HOME = Pattern.compile(
      "\\b(daarna|sindsdien|vervolgens|nadien)( is (hij|ze|zij))? (weer |opnieuw )?(volledig |helemaal )?"
          + "(thuis( gebleven)?|niet meer (gekomen|geweest|verschenen|op school|naar school))( \\([^)]{0,40}\\))?[ .;!]*$");
  /**
   * A change told as "van A naar B" after a word of change ("afgenomen, van volledig afwezig naar vier
   * van de vijf dagen op school", "teruggebracht van 3 dagen naar 1 dag per week"); B is read alone.
   */
  private static final Pattern FROM_TO = Pattern.compile(
      "\\b(afgenomen|toegenomen|gedaald|gestegen|gezakt|opgelopen|teruggelopen|teruggebracht|verminderd|uitgebreid"
          + "|opgebouwd|verbeterd|verslechterd|gegaan)[,:]? van [^.;]{3,60}? naar (?<to>[^.;]{3,80})");
  /**
   * The missed share of a span of months named before it: "Verzuim februari–maart ca. 15%", "Gemist
   * april–juni ca. 8%". (One month's figure, "Verzuim maart: 16%", is read as a line of figures.)
   */
  private static final Pattern MISSED_IN_MONTHS = Pattern.compile(
      "\\b(verzuim|afwezig|afwezigheid|gemist)( in| over)? " + MONTH + " ?(-|–|t/m|tot en met|en|/) ?" + MONTH + ":? "
          + ABOUT + "(?<pct>\\d{1,3}) ?(%|procent)(?! (aanwezig|aanwezigheid|gevolgd))");
  /** A month opening a line with a percentage: "Februari ongeveer 10%", "maart en april zo'n 5%". */
  private static final Pattern MONTH_PERCENT = Pattern.compile(
      "^" + MONTH + "( (en|t/m|tot en met|-) " + MONTH + ")?:? " + ABOUT + "(?<pct>\\d{1,3}) ?(%|procent)");
  /**
   * A share of the timetable: "rond de 50% van de lessen gevolgd", "ongeveer 60% van het rooster"
   * (attended unless the words after it say missed).
   */
  private static final Pattern PERCENT_OF_TIMETABLE = Pattern.compile(
      "(\\d{1,3}) ?(%|procent) van (de|het|zijn|haar) (?:volledige |hele |totale )?(lessen|lesuren|rooster|lesrooster|lesdagen|schooldagen|uren|lestijd)"
          + "( (gemist|verzuimd|afwezig|niet))?");
  private static final Pattern PRESENT_SINCE = Pattern.compile(
      "sinds ([^.;]{1,30}?)\\b(" + NUM + " (les)?dagen) (op school|aanwezig|naar school)( is| was)?( geweest| gekomen| gegaan)?\\b");
  private static final Pattern MISSED_WORD = Pattern.compile("verzuim|afwezig|gemist|verzuimd|ongeoorloofd|ziek");
  private static final Pattern PRESENT_WORD = Pattern.compile("aanwezig|gevolgd|bijgewoond|op school");
  /** An amount of days a week: "4 dagen per week", "drie ochtenden per week". */
  private static final String DAYS_A_WEEK = NUM + RANGE + " (dag|dagen|ochtenden|dagdelen) per week";
  /**
   * Days a week at school: "4 dagen per week aanwezig", and in the words of a journal that follows a
   * return, "Jeugdige gaat 4 dagen per week", "dat jeugdige drie ochtenden per week komt" (not
   * where a place follows: "komt 3 dagdelen per week op de boerderij").
   */
  private static final Pattern PER_WEEK_PRESENT = Pattern.compile(
      DAYS_A_WEEK + " (aanwezig|op school|naar school)"
          + "|\\b(gaat|komt) (nu |inmiddels |weer )?" + DAYS_A_WEEK + "(?! ?\\w)"
          + "|" + DAYS_A_WEEK + " (komt|gaat)\\b");
  /** Ongoing absence without an amount: "sinds 04-03 niet op school geweest". */
  private static final Pattern SINCE = Pattern.compile(
      // the phrase may carry a remark in brackets: "sinds het begin van het schooljaar (half augustus) thuis"
      // ("vanaf de 2e schoolweek elke maandag afwezig" is a recurring day, not open-ended absence)
      "(?:sinds|vanaf(?![^.;]{0,30}\\b(?:elke|iedere|soms|vaak|regelmatig)\\b)) ([^.;()]{1,30}?(\\([^)]{0,25}\\) )?)(niet (meer )?(op|naar) school|(?<!niet )(?<!niet meer )(?<!nooit )afw(ezig)?\\b|niet (meer )?(gekomen|verschenen|geweest|heen)"
          // (not "vanaf het begin niet thuis gevoeld")
          + "|thuis(?! (gevoeld|voelt|voelde|voelen))|zonder (onderwijs|school|schoolplek)"
          // "F. sinds 10-11 ziekgemeld" (not "sinds de zomer vaak ziek": a recurring complaint)
          + "|(?<!x )(?<!keer )(?<!maal )(?<!vaak )(?<!vaker )(?<!soms )(?<!regelmatig )(?<!geregeld )(?<!niet )(?<!niet meer )ziek ?gemeld\\b(?! (op|op de|elke|iedere) )(?!\\w))");
  /** What a count runs from: "sinds begin schooljaar", "sinds 1 oktober" (read by {@link #sinceDate}). */
  private static final Pattern COUNTED_SINCE = Pattern.compile("\\bsinds ([^.;]{1,40})");
  /** A register's running total up to a month: "72 lesuren tot en met april", "t/m maart 40 uur". */
  private static final Pattern UP_TO_MONTH = Pattern.compile("\\b(tot en met|t/m|tm) (eind |einde )?" + MONTH + "\\b");
  /** An amount inside a "sinds" phrase makes it a counted report, not an open-ended one. */
  private static final Pattern AMOUNT_UNIT = Pattern.compile("\\b" + NUM + " " + UNIT + "\\b");
  private static final Pattern SINCE_DATE = Pattern.compile("^(\\w+ )?(\\d{1,2})-(\\d{1,2})(-(\\d{4}))?");
  private static final Pattern SINCE_DAY_MONTH = Pattern.compile("^(\\d{1,2}) " + MONTH + "\\b");
  private static final Pattern SINCE_MONTH = Pattern.compile(
      "^(begin |half |medio |eind |midden )?" + MONTH + "\\b( (\\d{4}))?");
  private static final Pattern SINCE_TERM = Pattern.compile(
      "^(de |het )?(herfstvakantie|kerstvakantie|voorjaarsvakantie|krokusvakantie|meivakantie|zomervakantie"
          + "|start van het schooljaar|begin van het schooljaar|start schooljaar|begin schooljaar|het nieuwe schooljaar)");
  /** Days counted per week: "2 dagen per week", "week 45 en 46 elk 2 hele dagen weg". */
  private static final Pattern PER_WEEK = Pattern.compile(
      "(dag|dagen|ochtenden|middagen) per week|\\b(week|weken|wk)\\b[^.;]{0,20}\\belk\\b");
  private static final Pattern BACK_TO_ZERO = Pattern.compile(
      "(naar|tot) (nagenoeg |vrijwel |bijna )?(nul|nihil|0)\\b|\\b(nagenoeg|vrijwel|bijna) (nul|nihil)\\b"
          + "|(?<!daarvoor )(?<!voorheen )(?<!vroeger )\\b(nauwelijks|amper) (nog |meer )?verzuim\\b|\\b(nagenoeg|vrijwel) geen verzuim\\b|(absoluut )?verzuim (is )?(beeindigd|opgeheven)|nog geen (ongeoorloofd )?verzuim|geen (ongeoorloofd |nieuw )?verzuim (meer|gemeld|geregistreerd)"
          // "geen verzuim sinds 18-01 behalve 1 dag ziek": nothing since a day, one exception aside
          + "|^(status: )?geen (ongeoorloofd |nieuw )?verzuim (meer )?sinds\\b"
          // "geen enkele dag of les meer afwezig geweest"
          + "|geen (enkele |enkel |een )?(les|lesdag|dag|uur|lesuur|lessen|dagen|uren|lesuren)( (of|en) (een )?(les|lesdag|dag|uur|lesuur))? (meer )?"
          + "(gemist|verzuimd|afwezig|verzuim|ongeoorloofd)"
          + "|geen ongeoorloofde (uren|lesuren|lessen|dagen|absenties)|geen (nieuwe )?absenties"
          // a label with nothing to report: "Verzuim sinds terugkeer: 0", "verzuim deze week: nihil"
          + "|^verzuim\\b[^.;:]{0,30}: ((0|nul|nihil)\\b(?! ?(%|procent)|[,.]\\d)|geen *([.;]|$))"
          // a month in a list of figures with nothing to report: "april: niets", "mei tot nu 0"
          // ("okt: 0 dgn aanw." and "apr: 0% aanwezig" count presence, not absence)
          + "|^" + MONTH + "( tot nu( toe)?)?:? (niets|nihil|0|geen verzuim)\\b"
          + "(?! ?(%|procent)| (dagen|dgn|lessen|lesuren|uur|uren) (onderwijs|aanw|op school|naar school|gevolgd))");
  /** A clause that opens with a condition, which then bears on the clause before it. */
  private static final Pattern CONDITION_AFTER_COMMA = Pattern.compile(
      "^(als|indien|wanneer|zodra|zolang|tenzij|mits|mocht|dan|om|zodat|maar (als|wel)|anders)\\b");
  /** Plans, goals and conditions describe no observed absence: "indien … niet weer naar school". */
  private static final Pattern NOT_AN_OBSERVATION = Pattern.compile(
      "\\b(indien|mocht|tenzij|zodra|zolang|wanneer|bij (aanhoudend|voortdurend|verder|nieuw|opnieuw|herhaald)|doel|doelen|streven|streefdoel|afgesproken|zou|zouden|dreigt"
          + "|wens|wenst|hoopt|hopen|graag|voorstel|advies|verwacht|verwachten)\\b"
          // a wish, but not a refusal ("wil niet naar school" goes with observed absence)
          + "|\\b(wil|wilt|willen)\\b(?! (niet|geen|nooit)\\b)"
          + "|\\bom\\b[^.;,]{0,40}\\bte (krijgen|gaan|komen|laten|zijn|bouwen|opbouwen)\\b"
          // a summary over the whole period looks back; it is not the level at the entry's date
          + "|\\btotaal verzuim\\b|\\bover de hele periode\\b|\\bover het hele (school)?jaar\\b|\\bterugkijkend\\b|\\bsamenvattend\\b"
          + "|^(conclusie|samenvatting|overzicht|beschouwing|terugblik|verloop( in het kort)?|kortom|(in )?totaal\\b(?! nu\\b))\\b"
          // what will happen tomorrow or next week is a plan, not an observation
          + "|\\b(morgen|overmorgen|volgende week|komende week|vanaf (morgen|maandag|dinsdag|woensdag|donderdag|vrijdag))\\b"
          // a brother's or sister's absence is not the pupil's: "zus is een paar dagen thuis geweest"
          // (not a brother who reports: "Broer: 2 dagen ziek geweest", "broer belt: …")
          + "|^([\\w-]+: )?(zijn |haar |de |oudere |jongere |grote |kleine )?(zus|zusje|zussen|broer|broertje|broers)\\b"
          + "(?!:| (zegt|zei|belt|belde|vertelt|vertelde|meldt|meldde|mailt|mailde|geeft|gaf|laat|liet|appt|appte|tolkt|is gebeld))"
          // what went before the absence: "Daarvoor geen verzuim bekend"
          + "|^(daarvoor|voordien|voorheen)\\b"
          // a parent at home or ill is not the pupil's absence: "Moeder sinds begin april thuis", nor a
          // teacher's: "Mentor is sinds 3 weken ziek"
          + "|^(moeder|vader|stiefvader|stiefmoeder|oma|opa|mentor|mentrix|docent|leerkracht|juf|meester)( is| was| zit| ligt)?( sinds [^.;,]{1,25}| al [^.;,]{1,15})? (thuis|ziek\\w*|opgenomen)\\b"
          // the history of an earlier year is no report of this dossier's course
          + "|(?<!sinds )\\b(vorig|vorige|voorgaande|afgelopen) schooljaar\\b|(?<!sinds )\\bvorig jaar\\b|\\bop de basisschool\\b");
  /**
   * A period's figure of full attendance besides a single day: "1 dag afwezig (ziek), verder 100%"
   * (a sick day told in words, "verder volledig aanwezig", stays a light report: see {@link Course}).
   */
  private static final Pattern OTHERWISE_PRESENT = Pattern.compile("\\bverder 100 ?%");
  private static final Pattern LIGHT = Pattern.compile(
      "losse (les)?uren|te laat (komen|gekomen|op school|in de les|binnen)|(?<!\\b(een|1) )keer te laat\\b(?! ingeleverd)|(?<!geen )(?<!niet )(?<!niet om )(?<!sprake van )spijbel\\w*"
          // once late is no absence: "100%, 1x te laat"
          + "|\\b([2-9]|\\d{2,}) ?x te laat\\b|\\bte laat:? ([2-9]|\\d{2,}) ?x\\b"
          + "|uitstuur\\w*|regelmatig (afwezig|ziek gemeld)"
          + "|\\b(vandaag|gisteren|vanochtend|vanmorgen) (niet aanwezig|afwezig|niet op school|niet verschenen|ziek gemeld)");
  /** A school day by name or abbreviation, also in the plural: "maandag", "ma", "vrijdagen". */
  private static final String DAY_NAME = "(maandag|dinsdag|woensdag|donderdag|vrijdag|ma|di|wo|do|vr)(en|s)?";
  /** A weekday that recurs in absence: "elke maandag afwezig", "blijft ma/vr weg". */
  private static final Pattern WEEKDAY = Pattern.compile("\\b" + DAY_NAME + "\\b");
  private static final Pattern RECURRING_DAY = Pattern.compile(
      "\\b(elke|iedere|steeds op|vaak op|meestal op|op) " + DAY_NAME + "\\b"
          + "|\\b" + DAY_NAME + " ?(/|en|of) ?" + DAY_NAME + "\\b");
  private static final Pattern ABSENT_WORD = Pattern.compile("\\b" + ABSENT);
  /**
   * The business around absence, not absence: "Afspraak verzuimgesprek gemaakt op donderdag 05-02"
   * names a weekday and "verzuim…" without a day missed.
   */
  private static final Pattern ABSENCE_BUSINESS = Pattern.compile(
      "\\bverzuim(gesprek|coordinator|medewerker|melding|loket|spreekuur|zaak|dossier|beleid|protocol)\\w*");
  /**
   * A line of absence figures: it opens with the month(s) it covers ("Oktober: 5 keer te laat, 6
   * lesuren", "December en januari samen 4 lesuren") or names a register ("Verzuimoverzicht:").
   * Amounts in such a line are absence even without a word for it.
   */
  private static final Pattern FIGURES_LINE = Pattern.compile(
      "^(in |de maand |stand )?" + MONTH + "( ?(/|en|t/m|tot en met|-|&) ?" + MONTH + ")?( \\d{4})?( samen| tot nu( toe)?)?\\b"
          + "|(verzuimoverzicht|verzuimcijfers|verzuimregistratie|verzuimregister|registratie|absenties|stand)\\b[^.;]{0,20}:");
  private static final Pattern FIGURE_DAYS = Pattern.compile(
      "\\b" + NUM + RANGE + " " + DAY_UNIT + "\\b(?! (aanwezig|op school|naar school|gevolgd|geweest))");
  private static final Pattern FIGURE_HOURS = Pattern.compile(
      "\\b" + NUM + RANGE + " (ongeoorloofde )?" + HOUR_UNIT + "\\b(?! (aanwezig|op school|gevolgd|per week (aanwezig|op school)))");

  private AbsenceLevel() {}

  /** The level a sentence reports, or -1 when it reports no absence. */
  static int of(String sentence) {
    return of(sentence, null);
  }

  /**
   * The level a sentence of a journal entry of the given date reports, or -1 when it reports no
   * absence. With the date, open-ended absence ("sinds 04-03 niet op school", "sinds de
   * herfstvakantie thuis") is full absence when it began at least three weeks earlier.
   */
  static int of(String sentence, LocalDate entryDate) {
    return measure(sentence, entryDate).level();
  }

  /**
   * What one sentence reports: its level, and where it says over what time the absence ran, the
   * share of school time missed.
   *
   * @param level 0-3, or -1 when the sentence reports no absence
   * @param share the share of school time missed, from 0 to 1, or NaN when the sentence names an
   *     amount without the time it ran over ("3 dagen afwezig"); attendance is 0, full absence 1
   */
  record Measure(int level, double share) {
    static final Measure NONE = new Measure(-1, Double.NaN);

    static Measure level(int level) {
      return level < 0 ? NONE : new Measure(level, level == 0 ? 0 : level == 3 ? 1 : Double.NaN);
    }

    static Measure share(double share) {
      double s = Math.max(0, Math.min(1, share));
      return new Measure(byAbsentShare(s), s);
    }
  }

  /** School days in a month, and lessons in a school day, to turn counts into shares. */
  private static final double MONTH_DAYS = 20;
  private static final double LESSONS_PER_DAY = 6;

  /** A percentage with decimals: "1,5%", "12.5 procent". */
  private static final Pattern DECIMAL_PERCENT = Pattern.compile("\\b(\\d{1,3})[,.](\\d{1,2}) ?(%|procent)");

  /**
   * The sentence with percentages rounded to whole ones, which the patterns read: "3 lesuren
   * afwezig (1,5%)" is 2 %, not the 5 % after its comma.
   */
  static String wholePercentages(String s) {
    String whole = DECIMAL_PERCENT.matcher(s).replaceAll(m ->
        Math.round(Double.parseDouble(m.group(1) + "." + m.group(2))) + m.group(3).replace("procent", " procent"));
    return WORD_PERCENT.matcher(whole).replaceAll(m -> (TENS.indexOf(m.group(1)) + 1) * 10 + " procent");
  }

  /** A percentage in words, as a report writes it out: "ongeveer zeventig procent van de lessen aanwezig". */
  private static final List<String> TENS = List.of(
      "tien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd");
  private static final Pattern WORD_PERCENT = Pattern.compile("\\b(" + String.join("|", TENS) + ") procent\\b");

  /** The short forms of "per week" in registration notes: "8 uur p/w", "2 dgn p.w.", "per wk". */
  private static final Pattern PER_WEEK_SHORT = Pattern.compile("\\bp/w\\b|\\bp\\.w\\.?(?!\\w)|\\bper wk\\b\\.?");

  /** The measure of a sentence of a journal entry of the given date (null when undated). */
  static Measure measure(String sentence, LocalDate entryDate) {
    Measure m = measureLine(sentence, entryDate);
    if (m.level() < 0) {
      // A month heading the line ("Juni: 4 dagen per week op school") may hide what follows it
      // from the month's figures ("Maart: 6 lesuren"): then the rest is read on its own.
      String line = Lexicon.fold(sentence.replaceAll("\\s+", " ")).strip();
      Matcher label = MONTH_LABEL.matcher(line);
      if (label.find()) {
        return measureLine(line.substring(label.end()), entryDate);
      }
    }
    return m;
  }

  private static Measure measureLine(String sentence, LocalDate entryDate) {
    String s = PER_WEEK_SHORT.matcher(wholePercentages(Lexicon.fold(sentence.replaceAll("\\s+", " "))))
        .replaceAll("per week");
    if (AFTER_A_SPELL.matcher(s).find()) {
      return Measure.NONE;
    }
    Matcher plan = NOT_AN_OBSERVATION.matcher(s);
    if (plan.find()) {
      // A plan or condition in a later clause leaves the first one an observation: "D. is sinds
      // maandag geen dag meer op school geweest, ook niet op de momenten van de afgesproken
      // check-in" (not "…weer naar school, zodra het rooster past": the condition opens that clause).
      int comma = s.indexOf(", ");
      if (comma > 0 && plan.start() > comma && !CONDITION_AFTER_COMMA.matcher(s.substring(comma + 2)).find()) {
        return measure(s.substring(0, comma), entryDate);
      }
      return Measure.NONE;
    }
    if (THEN_HOME.matcher(s).find()) {
      return Measure.level(3);
    }
    if (looksBack(s, entryDate)) {
      // A history that ends in the present: "sep-dec 2014 losse dgn, jan-feb 2 dgn/wk, sinds
      // 13-4 volledig afw." tells the level now in its last clause.
      Matcher now = LAST_CLAUSE_UP_TO_NOW.matcher(s);
      return now.find() && !looksBack(now.group(1), entryDate) ? measure(now.group(1), entryDate) : Measure.NONE;
    }
    Matcher change = FROM_TO.matcher(s);
    if (change.find()) {
      // "van volledig afwezig naar vier van de vijf dagen op school": where it went is the level now.
      Measure to = measure(change.group("to"), entryDate);
      if (to.level() >= 0) {
        return to;
      }
    }
    if (BACK_TO_ZERO.matcher(s).find()) {
      return Measure.level(0);
    }
    if (fullAbsence(s) || spansDays(s, entryDate)) {
      return Measure.level(3);
    }
    String figureLine = withoutEntryDate(s);
    double week = weekFigures(figureLine);
    if (!Double.isNaN(week)) {
      // A couple of hours in a week is attending.
      return week <= 0.07 ? new Measure(0, week) : new Measure(Math.max(1, byAbsentShare(week)), week);
    }
    Matcher share = SHARE.matcher(s);
    if (share.find()) {
      boolean firstForm = share.group(1) != null;
      int part = number(firstForm ? share.group(1) : share.group(6));
      int whole = number(firstForm ? share.group(2) : share.group(11));
      String what = firstForm ? share.group(5) : share.group(9);
      if (whole > 0 && part <= whole) {
        double present = what.matches("afwezig|weg|gemist|verzuimd|niet") ? 1 - (double) part / whole : (double) part / whole;
        Measure m = Measure.share(1 - present);
        // "3 van de 8 keer geweest" counts sessions of something (homework help), not school time.
        return share.group().contains(" keer ") ? Measure.level(m.level()) : m;
      }
    }
    Measure fraction = fraction(figureLine);
    if (fraction != null) {
      return fraction;
    }
    Matcher inWeeks = PRESENT_IN_WEEKS.matcher(s);
    if (inWeeks.find()) {
      double weeks = number(inWeeks.group("weeks"));
      double perWeek = inWeeks.group("unit").startsWith("dagde") ? 10 : 5;
      if (weeks > 0) {
        return Measure.share(1 - Math.min(1, number(inWeeks.group("n")) / (weeks * perWeek)));
      }
    }
    Matcher missedInMonths = MISSED_IN_MONTHS.matcher(s);
    if (missedInMonths.find() && lastPercent(s, missedInMonths.end()) < 0) {
      int p = Integer.parseInt(missedInMonths.group("pct"));
      if (p <= 100) {
        return Measure.share(p / 100.0);
      }
    }
    Matcher percent = PERCENT.matcher(s);
    if (percent.find()) {
      boolean first = percent.group(1) != null;
      int p = Integer.parseInt(first ? percent.group(1) : percent.group(10));
      String what = first ? percent.group(3) : percent.group(4);
      boolean absent = what.startsWith("afwezig") || what.equals("verzuim");
      if (p <= 100) {
        // Two percentages compare periods ("periode 1: 81 %, periode 2: 92 %", "december 25 %,
        // januari tot nu 15 %"): the last is the latest, and gives the level but no share.
        int last = lastPercent(s, percent.end());
        if (last >= 0 && last <= 100) {
          return Measure.level(Measure.share(missedShare(last, absent)).level());
        }
        return Measure.share(missedShare(p, absent));
      }
    }
    Matcher periodPercent = PERIOD_PERCENT.matcher(figureLine);
    if (periodPercent.find()) {
      double missed = bareFigureMissed(Integer.parseInt(periodPercent.group("pct")));
      if (!Double.isNaN(missed)) {
        return Measure.share(missed);
      }
    }
    Matcher monthPercent = MONTH_PERCENT.matcher(figureLine);
    if (monthPercent.find() && !PRESENT_WORD.matcher(s).find()) {
      // A month's figure without a word for what it counts: "Februari ongeveer 10%" is absence,
      // "feb: 97%" attendance; a figure in between says too little.
      long months = monthsNamed(figureLine);
      // "okt 74% | nov 72% | … | mrt 91%": the last month is the latest.
      int p = months > 1 ? lastPercent(figureLine, 0) : Integer.parseInt(monthPercent.group("pct"));
      double missed = bareFigureMissed(p);
      if (!Double.isNaN(missed)) {
        return months == 1 ? Measure.share(missed) : Measure.level(Measure.share(missed).level());
      }
    }
    Matcher presentSince = PRESENT_SINCE.matcher(s);
    if (presentSince.find() && entryDate != null) {
      // "sinds start schooljaar (1/9) 3 dagen op school geweest": days present over a span.
      long span = daysSince(presentSince.group(1), entryDate);
      if (span >= 14) {
        double schoolDays = span * 5 / 7.0;
        return Measure.share(1 - firstAmount(presentSince.group(2)) / schoolDays);
      }
    }
    Matcher timetable = PERCENT_OF_TIMETABLE.matcher(s);
    if (timetable.find()) {
      int p = Integer.parseInt(timetable.group(1));
      if (p <= 100) {
        // "Verzuim oktober: 14% van de lessen", "zo'n 20% van de lessen heeft gemist": absence words
        // make it the missed share, "gevolgd" or "aanwezig" the attended one.
        boolean missed = timetable.group(6) != null
            || MISSED_WORD.matcher(s).find() && !PRESENT_WORD.matcher(s).find();
        return Measure.share(missedShare(p, missed));
      }
    }
    Matcher perWeek = PER_WEEK_PRESENT.matcher(s);
    if (perWeek.find()) {
      int present = Math.min(5, firstAmount(perWeek.group()));
      return Measure.share((5 - present) / 5.0);
    }
    Matcher since = SINCE.matcher(s);
    boolean openEnded = since.find() && !AMOUNT_UNIT.matcher(since.group(1)).find();
    if (openEnded && entryDate != null) {
      long span = daysSince(since.group(1), entryDate);
      if (span >= 21) {
        return Measure.level(3);
      }
      if (span < 0) {
        return Measure.NONE; // "vanaf maandag 23-2 niet op school", written on the 20th: not yet
      }
    }
    Matcher days = DAYS.matcher(s);
    if (days.find() && since.find(0) && !openEnded && entryDate != null && since.start() <= days.start()) {
      // "Sinds 1 jan 3 dagen afwezig": days counted over more than a month are read as the same
      // count per month, so that they weigh like a monthly figure ("maart 2 dagen afwezig").
      long span = daysSince(since.group(1), entryDate);
      if (span > 31) {
        double perMonth = amount(days.group()) * 30.0 / span;
        return new Measure(perMonth >= 15 ? 3 : perMonth >= 3 ? 2 : 1, Math.min(1, perMonth / MONTH_DAYS));
      }
    }
    // The time the counts run over: a span of weeks, or the month a line of figures reports on.
    double overWeeks = overWeeks(s);
    double ofMonth = Double.isNaN(overWeeks) ? ofOneMonth(figureLine) : Double.NaN;
    if (Double.isNaN(ofMonth) && Double.isNaN(overWeeks)) {
      ofMonth = ofPeriod(s, figureLine);
    }
    if (days.find(0)) {
      int n = amount(days.group());
      if (n == 1 && OTHERWISE_PRESENT.matcher(s).find()) {
        // "1 dag afwezig (ziek), verder 100%": a period of attendance
        return Measure.level(0);
      }
      if (PER_WEEK.matcher(s).find()) {
        return new Measure(n >= 2 ? 2 : 1, Math.min(1, n / 5.0));
      }
      if (n > 0 && !Double.isNaN(overWeeks)) {
        // Over a span of weeks the share decides: one sick day in four weeks is attending.
        return new Measure(overSpan(overWeeks), overWeeks);
      }
      return new Measure(n == 0 ? 0 : n >= 15 ? 3 : n >= 3 ? 2 : 1, n == 0 ? 0 : ofMonth);
    }
    Matcher hours = HOURS.matcher(s);
    Matcher countedSince = COUNTED_SINCE.matcher(s);
    boolean countedFrom = countedSince.find();
    Matcher upTo = UP_TO_MONTH.matcher(s);
    if (hours.find() && (countedFrom || upTo.find()) && !openEnded && entryDate != null) {
      // "66 lesuren sinds begin schooljaar": hours counted over more than a month, as a monthly figure.
      // "72 lesuren tot en met april" names no start: a register's total runs from the school year's.
      long span = countedFrom ? daysSince(countedSince.group(1), entryDate) : schoolYearUpTo(upTo.group(3), entryDate);
      int n = amount(hours.group());
      if (span > 31) {
        double perMonth = n * 30.0 / span;
        return n == 0 ? Measure.level(0)
            : new Measure(perMonth >= 30 ? 2 : 1, Math.min(1, perMonth / LESSONS_PER_DAY / MONTH_DAYS));
      }
    }
    if (hours.find(0) && !(hours.group().endsWith("thuis") && s.contains("per week"))) {
      // ("docenten komen elk 1 uur per week thuis" is home teaching, not hours missed)
      int n = amount(hours.group());
      if (n > 0 && !Double.isNaN(overWeeks)) {
        return new Measure(overSpan(overWeeks), overWeeks);
      }
      // "Maart: 0 lesuren ongeoorloofd" is attendance
      return n == 0 ? Measure.level(0) : new Measure(n >= 30 ? 2 : 1, ofMonth);
    }
    if (openEnded || SINCE.matcher(s).find()) {
      return Measure.level(2);
    }
    Measure figures = figures(figureLine);
    if (figures.level() >= 0) {
      return figures;
    }
    if (RECURRING_DAY.matcher(s).find() && ABSENT_WORD.matcher(s).find() && !ABSENCE_BUSINESS.matcher(s).find()) {
      // One weekday a week is a fifth of the time (light); two or more are partial.
      // Which days recur and which were single ("elke maandag, 2 vrijdagen") is not told apart: no share.
      return Measure.level(countWeekdays(s) >= 2 ? 2 : 1);
    }
    Matcher most = MOST_MISSED.matcher(s);
    if (most.find() && (most.group(6) != null || MISSES.matcher(s.substring(0, most.start())).find())) {
      return most.group(1).equals("de helft") ? Measure.share(0.5) : Measure.level(2);
    }
    Matcher times = TIMES_ABSENT.matcher(s);
    if (times.find()) {
      return Measure.level(amount(times.group()) >= 3 ? 2 : 1);
    }
    if (LIGHT.matcher(s).find()) {
      return Measure.level(1);
    }
    Matcher attending = ATTENDING.matcher(s);
    while (attending.find()) {
      String before = s.substring(0, attending.start());
      if (!NEGATED_BEFORE.matcher(before).find() && !WISHED_BEFORE.matcher(before).find()) {
        return Measure.level(0);
      }
    }
    return Measure.NONE;
  }

  /**
   * Whether the sentence registers absence on every day of a span of at least three days that
   * starts on the entry's date ({@link #DAY_SPAN}); a span that ended weeks before the entry is a
   * look back, not this.
   */
  private static boolean spansDays(String s, LocalDate entryDate) {
    Matcher m = DAY_SPAN.matcher(s);
    if (entryDate == null || !m.find()) {
      return false;
    }
    int fromDay = Integer.parseInt(m.group(3));
    int fromMonth = Integer.parseInt(m.group(4));
    if (fromDay != entryDate.getDayOfMonth() || fromMonth != entryDate.getMonthValue()) {
      return false;
    }
    int toDay = Integer.parseInt(m.group(9));
    int toMonth = Integer.parseInt(m.group(10));
    LocalDate to;
    try {
      to = LocalDate.of(entryDate.getYear() + (toMonth < fromMonth ? 1 : 0), toMonth, toDay);
    } catch (DateTimeException e) {
      return false;
    }
    long days = ChronoUnit.DAYS.between(entryDate, to);
    return days >= 2 && days <= 120;
  }

  /**
   * The share missed that a percentage without a word for what it counts gives: a low figure is
   * absence, a high one attendance, one in between (51-59) says too little (NaN).
   */
  private static double bareFigureMissed(int p) {
    return p <= 50 ? p / 100.0 : p >= 60 && p <= 100 ? 1 - p / 100.0 : Double.NaN;
  }

  /** The last percentage in a sentence from a position on, or -1 when it has none there. */
  private static int lastPercent(String s, int from) {
    Matcher more = BARE_PERCENT.matcher(s).region(from, s.length());
    int last = -1;
    while (more.find()) {
      last = Integer.parseInt(more.group(1));
    }
    return last;
  }

  /** The share of school time missed by a percentage that counts absence, or else attendance. */
  private static double missedShare(int percent, boolean countsAbsence) {
    return countsAbsence ? percent / 100.0 : 1 - percent / 100.0;
  }

  /** Whether a phrase of full absence holds that is not a count of days ("één dag helemaal niet"). */
  private static boolean fullAbsence(String s) {
    Matcher full = FULL.matcher(s);
    while (full.find()) {
      if (!DAYS_BEFORE.matcher(s.substring(0, full.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A span of weeks the sentence counts over: "afgelopen twee weken", "in 3 weken", "deze week",
   * "de laatste 4 weken".
   */
  private static final Pattern WEEKS_SPAN = Pattern.compile(
      "\\b(?:(?:afgelopen|laatste|voorbije|in|over|binnen) (?:de |die )?(\\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:school)?weken"
          + "|(deze|vorige|afgelopen) (?:school)?week)\\b");

  /**
   * A school period that heads a line of figures without its dates ("stand p3:", "P2:", "periode
   * 4:"); months in brackets ("periode 1 (sep-okt)") are read as months elsewhere.
   */
  private static final Pattern SCHOOL_PERIOD =
      Pattern.compile("^(?:stand )?(?:p|periode) ?[1-4]\\b(?! ?\\((?:[^)]*\\b" + MONTH + "\\b))");
  /** The weeks of a school period: a school year of forty weeks in four periods. */
  private static final int PERIOD_WEEKS = 10;

  /**
   * The share of a school period of ten weeks that the days and hours of a line of one period's
   * figures make ("stand p3: 9 uur ongeoorl."), or NaN when the line is none. Like a month's
   * figures, it gives the amounts, not the level: the words still say hours or days.
   *
   * @param s the sentence
   * @param figureLine the sentence without the entry date it opens with ({@link #withoutEntryDate})
   */
  private static double ofPeriod(String s, String figureLine) {
    if (!SCHOOL_PERIOD.matcher(figureLine).find()) {
      return Double.NaN;
    }
    double days = daysAndHours(s);
    return Double.isNaN(days) ? Double.NaN : Math.min(1, days / (5.0 * PERIOD_WEEKS));
  }

  /**
   * The share of school time the days and hours of a sentence make over the weeks it names ("afgelopen
   * twee weken 2 hele dagen + 5 losse lesuren"), or NaN when it names no span.
   */
  private static double overWeeks(String s) {
    Matcher span = WEEKS_SPAN.matcher(s);
    if (!span.find()) {
      return overDates(s);
    }
    int weeks = span.group(1) != null ? number(span.group(1)) : 1;
    double days = daysAndHours(s);
    return weeks <= 0 || Double.isNaN(days) ? Double.NaN : Math.min(1, days / (5.0 * weeks));
  }

  /**
   * The share of school time the days and hours of a sentence make over the dates it names ("26-01
   * t/m 06-02: 10 hele dagen" is all of it), or NaN when it names no span of dates. Weekdays count
   * as school days, holidays not taken out.
   */
  private static double overDates(String s) {
    Matcher m = DATE_SPAN.matcher(s);
    if (!m.find() || m.group("to").equals("tot")) {
      return Double.NaN;
    }
    int fromMonth = Integer.parseInt(m.group("fm"));
    int toMonth = Integer.parseInt(m.group("tm"));
    LocalDate from;
    LocalDate to;
    try {
      // a school year runs over new year: any leap-free pair of years that keeps the order will do
      from = LocalDate.of(2013, fromMonth, Integer.parseInt(m.group("fd")));
      to = LocalDate.of(toMonth < fromMonth ? 2014 : 2013, toMonth, Integer.parseInt(m.group("td")));
    } catch (DateTimeException e) {
      return Double.NaN;
    }
    long schoolDays = 0;
    for (LocalDate d = from; !d.isAfter(to) && schoolDays < 200; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        schoolDays++;
      }
    }
    double whole = wholeDays(s);
    double lessons = lessonsAsDays(s);
    // "48 uur (ca. 8 hele dagen)": the hours restated as days, not added to them
    boolean restated = whole > 0 && Math.abs((Double.isNaN(lessons) ? 0 : lessons) - whole) <= 1;
    double days = restated ? whole : sum(whole, lessons);
    return schoolDays < 3 || Double.isNaN(days) ? Double.NaN : Math.min(1, days / schoolDays);
  }

  /**
   * The level of days and hours counted over a span of weeks: about a day in four weeks or less
   * is attending, up to a day a week light, then partial, and four days in five full.
   */
  private static int overSpan(double share) {
    return share <= 0.05 ? 0 : share < 0.2 ? 1 : share < 0.8 ? 2 : 3;
  }

  /** The days (not lessons) counted in a sentence, added up; NaN when it counts none. */
  private static double wholeDays(String s) {
    double days = 0;
    boolean any = false;
    Matcher d = WEEK_DAYS.matcher(s);
    while (d.find()) {
      double n = decimal(d.group(1));
      days += d.group(2).startsWith("dagde") ? n / 2 : n;
      any = true;
    }
    return any ? days : Double.NaN;
  }

  /** The lessons counted in a sentence as days (six to a day), added up; NaN when it counts none. */
  private static double lessonsAsDays(String s) {
    double days = 0;
    boolean any = false;
    Matcher h = WEEK_HOURS.matcher(s);
    while (h.find()) {
      days += decimal(h.group(1)) / LESSONS_PER_DAY;
      any = true;
    }
    return any ? days : Double.NaN;
  }

  /** Days and lessons (six to a day) counted in a sentence, added up; NaN when it counts neither. */
  private static double daysAndHours(String s) {
    return sum(wholeDays(s), lessonsAsDays(s));
  }

  /** Two counts added, either of which may be missing (NaN); NaN when both are. */
  private static double sum(double a, double b) {
    return Double.isNaN(a) ? b : Double.isNaN(b) ? a : a + b;
  }

  /**
   * A week's figures: a line that opens with its week number and goes straight on to an amount,
   * as school absence overviews are kept ("week 42: 1 dag.", "wk 48: 3 uur.", "week 6: 0 dagen, 2
   * uur", "wk 50-51: 2 dagen weg"). Days and hours (six to a day) are added up per week and read as
   * a share of its five days (see {@link #byAbsentShare}); two hours or less is attending.
   */
  private static final Pattern WEEK_FIGURES = Pattern.compile(
      "^(?:wk|week)\\.? ?(\\d{1,2})(?: ?(?:-|t/m|/) ?(\\d{1,2}))?(?: ?\\([^)]{0,12}\\))? ?: ?"
          + "(?=\\d|een |twee |drie |vier |vijf |halve )");
  /** An amount of days in a week's figures: "1 dag", "2,5 dagen", "3 dagdelen" (half days). */
  private static final String WEEK_DAY_AMOUNT =
      "(\\d+(?:[,.]5)?|een|twee|drie|vier|vijf|halve) (?:hele |halve )?(dag|dagen|dgn|dagdelen|dagdeel)";
  /** A week's amount that counts attendance: "1 dag aanwezig", "3 dagen op school". */
  private static final Pattern WEEK_PRESENT = Pattern.compile(WEEK_DAY_AMOUNT + " (aanwezig|op school|geweest)\\b");
  private static final Pattern WEEK_DAYS = Pattern.compile("\\b" + WEEK_DAY_AMOUNT + "\\b");
  private static final Pattern WEEK_HOURS = Pattern.compile(
      "\\b(\\d+(?:[,.]5)?|een|twee|drie|vier|vijf) (?:ongeoorloofde |losse )?(?:les|klok)?(uur|uren|lesuren|lessen|lesuur)\\b");

  /** The share of the week(s) a week's figures report missed, or NaN when the sentence is none. */
  private static double weekFigures(String s) {
    Matcher m = WEEK_FIGURES.matcher(s);
    if (!m.find()) {
      return Double.NaN;
    }
    String rest = s.substring(m.end());
    int dot = rest.indexOf(". ");
    if (dot >= 0) {
      rest = rest.substring(0, dot);
    }
    if (SHARE.matcher(rest).lookingAt()) {
      return Double.NaN; // "wk 45-48: 17 van de 20 dagdelen aanwezig" is a share, read as one
    }
    int weeks = 1;
    if (m.group(2) != null) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      weeks = to >= from ? to - from + 1 : to + 52 - from + 1;
      weeks = Math.max(1, Math.min(weeks, 8));
    }
    Matcher present = WEEK_PRESENT.matcher(rest);
    if (present.lookingAt()) {
      // "wk 38: 1 dag aanwezig" counts the days at school, not those missed.
      return 1 - Math.min(1, wholeDays(present.group()) / weeks / 5);
    }
    double days = daysAndHours(rest);
    return Double.isNaN(days) ? Double.NaN : Math.min(1, days / weeks / 5);
  }

  /** An amount that may be a half: "1,5", "halve", or what {@link #number} reads. */
  private static double decimal(String word) {
    if (word.equals("halve")) {
      return 0.5;
    }
    return word.matches("\\d+[,.]5") ? Double.parseDouble(word.replace(',', '.')) : number(word);
  }

  /** The date an entry opens with ("ma 10/11 - ", "12-11-2014: "), which a line of figures follows. */
  private static final Pattern ENTRY_DATE = Pattern.compile(
      "^((ma|di|wo|do|vr|za|zo)\\.? )?\\d{1,2}[-/]\\d{1,2}([-/]\\d{2,4})?\\s*[-:–]?\\s+"
          // an exported ticket's "2015-09-21 10:30 SB: wk 38: 1 dag aanwezig"
          + "|^\\d{4}-\\d{2}-\\d{2}( \\d{1,2}[:.]\\d{2})?( [a-z]{1,4}:)?\\s+");

  /**
   * Who reports a line of figures: "Mentor: januari 2 dagen + 5 uur", "ZoCo (mail): mei 4 lesuren".
   * Only dropped before a month, so that "registratie: 4 lesuren" stays a line of figures itself.
   */
  private static final Pattern REPORTER = Pattern.compile("^[a-z]+( [a-z]+)?( \\([^)]{0,30}\\))?: (?=" + MONTH + "\\b)");

  /** The line without the date it opens with and who reports it: what the figures are of. */
  private static String withoutEntryDate(String s) {
    String line = ENTRY_DATE.matcher(s).replaceFirst("");
    return REPORTER.matcher(line).replaceFirst("");
  }

  /**
   * A line of one whole month's figures: "okt: 6 lesuren", "In november 2 dagen + 4 lesuren" (not
   * "feb tot nu", "dec (t/m 9/12)" or two months together).
   */
  private static final Pattern ONE_MONTH = Pattern.compile(
      "^(in |de maand )?" + MONTH + "\\.?( \\d{4})?(?! ?(\\(|/|en |t/m|tot|-|&|samen))\\b");

  /**
   * What a line of absence figures reports, or {@link Measure#NONE} when the sentence is none: the
   * highest level of its amounts, and for a whole month's figures the share of the month's twenty
   * school days they make.
   */
  private static Measure figures(String s) {
    // "Juni: 5 ochtenden en 2 middagen per week, alles aanwezig" counts a timetable kept, not absence.
    if (!FIGURES_LINE.matcher(s).find() || PRESENT_WORD.matcher(s).find() && !MISSED_WORD.matcher(s).find()) {
      return Measure.NONE;
    }
    int level = -1;
    Matcher days = FIGURE_DAYS.matcher(s);
    while (days.find()) {
      int n = amount(days.group());
      level = Math.max(level, n == 0 ? 0 : n >= 15 ? 3 : n >= 3 ? 2 : 1);
    }
    Matcher hours = FIGURE_HOURS.matcher(s);
    while (hours.find()) {
      int n = amount(hours.group());
      level = Math.max(level, n == 0 ? 0 : n >= 30 ? 2 : 1);
    }
    if (level < 0 && LIGHT.matcher(s).find()) {
      return Measure.level(1);
    }
    return level < 0 ? Measure.NONE : new Measure(level, level == 0 ? 0 : ofOneMonth(s));
  }

  /**
   * The share of a month's twenty school days that the days and hours of a line of one whole
   * month's figures make, or NaN when the line is none. A line that names more months ("dec 14 uur -
   * jan 18 uur") sums a period, and "feb tot nu" a part of one.
   */
  private static double ofOneMonth(String line) {
    if (!FIGURES_LINE.matcher(line).find() || !ONE_MONTH.matcher(line).find() || line.contains("tot nu")
        || monthsNamed(line) != 1) {
      return Double.NaN;
    }
    double days = daysAndHours(line);
    if (Double.isNaN(days) || OTHER_RATE.matcher(line).find()) {
      return Double.NaN; // a rate per month or per two weeks does not add up to a month's figures
    }
    if (WEEK_RATE.matcher(line).find()) {
      // "Oktober: 6 a 8 lesuren per week weg" gives a week's figures, when they are of absence:
      // "2 resp. 3 dagdelen per week in onderwijs-zorgarrangement" is a timetable.
      return ABSENT_WORD.matcher(line).find() ? Math.min(1, days / 5) : Double.NaN;
    }
    return Math.min(1, days / MONTH_DAYS);
  }

  private static final Pattern WEEK_RATE = Pattern.compile("\\bper week\\b");
  private static final Pattern OTHER_RATE = Pattern.compile("\\bper (maand|\\d+ weken|twee weken)\\b");

  private static final Pattern ANY_MONTH = Pattern.compile("\\b" + MONTH + "\\b");
  /** A month heading its line: "Juni: 4 dagen per week op school (ochtenden), ca. 70% van het rooster". */
  private static final Pattern MONTH_LABEL = Pattern.compile("^" + MONTH + "\\.?( 20\\d{2})?: (?=\\S)");
  /**
   * A spell of absence that lies behind the recovery the sentence reports: "na ruim 5 mnd volledig
   * verzuim geleidelijk herstel van de schoolgang sinds maart".
   */
  private static final Pattern AFTER_A_SPELL = Pattern.compile(
      "\\bna (ruim |bijna |ca\\.? |ongeveer |zo'n )?(\\d+|een|twee|drie|vier|vijf|zes) (mnd|maand|maanden|weken|wkn|wk)"
          + " (volledig |totaal |langdurig |volledige |totale )?(verzuim|thuiszitten|afwezigheid|uitval)\\b"
          + "[^.;]*\\b(herstel|hersteld|opbouw|opgebouwd|terug|terugkeer|weer naar school|weer op school)");
  /**
   * A report of absence made on a named day: "de school heeft Y. op 13-10-2015 gemeld (ongeoorloofd
   * verzuim, > 16 uur in 4 weken)". Its figures are those of the weeks before that day.
   */
  private static final String DAY_MONTH_YEAR = "(\\d{1,2})[-/](\\d{1,2})[-/](20\\d{2}|\\d{2})\\b";
  private static final Pattern REPORTED_ON = Pattern.compile(
      "\\bop " + DAY_MONTH_YEAR + "[^.;]*\\b(gemeld|aangemeld|melding gedaan)\\b"
          + "|\\b(gemeld|melding gedaan) op " + DAY_MONTH_YEAR);
  private static final Pattern FULL_DATE = Pattern.compile(DAY_MONTH_YEAR);
  private static final Pattern RUNS_UP_TO_NOW = Pattern.compile("\\b(sinds|vanaf|tot nu|t/m|tot en met|nog steeds|nog altijd)\\b");
  private static final Pattern LAST_CLAUSE_UP_TO_NOW = Pattern.compile(
      "[,;] *((sinds|nu|inmiddels|momenteel|op dit moment)\\b[^,;]*)$");
  /** A remark in brackets: "(1 dag in okt)" is an exception within the report, not its period. */
  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

  /**
   * Whether a sentence tells only of months at least two before its entry's: "Hoog verzuim in
   * oktober en november, daarna stap voor stap minder" in a June entry is the history of the case,
   * not the absence in June. One month in a "sinds"/"vanaf" phrase runs up to the entry and is
   * kept ("Sinds maart volledig thuis"); a sentence that walks through several months is history
   * even when its last step is "vanaf maart".
   */
  private static boolean looksBack(String s, LocalDate entryDate) {
    if (entryDate == null) {
      return false;
    }
    Matcher year = EARLIER_YEAR.matcher(s);
    while (year.find()) {
      // "had de oudere zus van betrokkene in 2012 in de caseload (langdurig thuiszitten)": an
      // earlier year's story, not a report of this dossier ("sinds 2012 thuis" still runs)
      if (Integer.parseInt(year.group(2)) < entryDate.getYear() - 1) {
        return true;
      }
    }
    Matcher total = YEAR_TOTAL.matcher(s);
    if (total.find() && Integer.parseInt(total.group(3)) < entryDate.getYear()) {
      // a past year's total written later sums that year, it is no level on the entry's day
      return true;
    }
    Matcher reported = REPORTED_ON.matcher(s);
    if (reported.find()) {
      Matcher day = FULL_DATE.matcher(reported.group());
      day.find();
      try {
        int y = Integer.parseInt(day.group(3));
        LocalDate on = LocalDate.of(y < 100 ? 2000 + y : y, Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1)));
        if (ChronoUnit.DAYS.between(on, entryDate) >= 14) {
          return true;
        }
      } catch (DateTimeException e) {
        // not a date: read on
      }
    }
    Matcher span = DATE_SPAN.matcher(s);
    if (span.find()) {
      // "Eén periode van verzuim van 12-10 t/m 3-11" written on 25-11: a period that ended weeks ago
      int day = Integer.parseInt(span.group("td"));
      int month = Integer.parseInt(span.group("tm"));
      try {
        LocalDate end = LocalDate.of(entryDate.getYear(), month, day);
        if (end.isAfter(entryDate.plusDays(31))) {
          end = end.minusYears(1); // "4-11 t/m 22-11" written in June: last November
        }
        long ago = ChronoUnit.DAYS.between(end, entryDate);
        if (ago >= 14 && ago <= 330) {
          return true;
        }
      } catch (DateTimeException e) {
        // not a date: read on
      }
    }
    Matcher m = ANY_MONTH.matcher(BRACKETED.matcher(s).replaceAll(""));
    Set<Integer> months = new HashSet<>();
    while (m.find()) {
      int month = DutchMonths.number(m.group(1));
      int back = Math.floorMod(entryDate.getMonthValue() - month, 12);
      if (back < 2 || back > 9) {
        return false;
      }
      months.add(month);
    }
    return months.size() > 1 || months.size() == 1 && !RUNS_UP_TO_NOW.matcher(s).find();
  }

  private static long monthsNamed(String s) {
    return ANY_MONTH.matcher(s).results().count();
  }

  private static int countWeekdays(String s) {
    Set<String> days = new HashSet<>();
    Matcher m = WEEKDAY.matcher(s);
    while (m.find()) {
      days.add(m.group(1).substring(0, 2));
    }
    return days.size();
  }

  /** Absent share of the time to level: a tenth or less is attending, under 30 % light, under 80 % partial. */
  private static int byAbsentShare(double absent) {
    return absent <= 0.1 ? 0 : absent < 0.3 ? 1 : absent < 0.8 ? 2 : 3;
  }

  /**
   * The day a "sinds" phrase refers to: a date ("04-03", "04-03-2015"), a month ("half februari",
   * "okt 2014") or a school holiday, taken as the latest such day not after the entry; null when
   * the phrase names none of these.
   */
  static LocalDate sinceDate(String phrase, LocalDate entry) {
    String p = phrase.trim();
    Matcher d = SINCE_DATE.matcher(p);
    if (d.find()) {
      int day = Integer.parseInt(d.group(2));
      int month = Integer.parseInt(d.group(3));
      if (month < 1 || month > 12 || day < 1 || day > 28 && month == 2 || day > 31) {
        return null;
      }
      int year = d.group(5) != null ? Integer.parseInt(d.group(5)) : -1;
      return aheadOrLatest(month, Math.min(day, 28), year, entry);
    }
    Matcher dm = SINCE_DAY_MONTH.matcher(p);
    if (dm.find()) {
      int day = Integer.parseInt(dm.group(1));
      if (day >= 1 && day <= 28) {
        return aheadOrLatest(DutchMonths.number(dm.group(2)), day, -1, entry);
      }
    }
    Matcher m = SINCE_MONTH.matcher(p);
    if (m.find()) {
      int month = DutchMonths.number(m.group(2));
      String part = m.group(1) == null ? "" : m.group(1).trim();
      int day = switch (part) {
        case "half", "medio", "midden" -> 15;
        case "eind" -> 25;
        default -> 1;
      };
      int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : -1;
      return latest(month, day, year, entry);
    }
    Matcher t = SINCE_TERM.matcher(p);
    if (t.find()) {
      String term = t.group(2);
      // Approximate first school day after each holiday (Utrecht, region midden).
      int[] md = term.startsWith("herfst") ? new int[] {10, 27}
          : term.startsWith("kerst") ? new int[] {1, 5}
          : term.startsWith("voorjaar") || term.startsWith("krokus") ? new int[] {3, 2}
          : term.startsWith("mei") ? new int[] {5, 11}
          : new int[] {9, 1};
      return latest(md[0], md[1], -1, entry);
    }
    return null;
  }

  /**
   * Days from the start of the entry's school year (1 September) to the end of the named month, or
   * to the entry when that comes first (a month not yet over counts up to the entry).
   */
  private static long schoolYearUpTo(String monthName, LocalDate entry) {
    LocalDate start = latest(9, 1, -1, entry);
    LocalDate end = LocalDate.of(start.getYear(), DutchMonths.number(monthName), 1);
    if (end.isBefore(start)) {
      end = end.plusYears(1);
    }
    end = end.plusMonths(1).minusDays(1);
    if (end.isAfter(entry)) {
      end = entry;
    }
    return Math.max(0, ChronoUnit.DAYS.between(start, end));
  }

  /**
   * Whether the sentence names the start of what it tells ("sinds 02-02-2015") after the given
   * day: "Noor zit thuis sinds 02-02-2015" at the head of a history does not describe September.
   */
  static boolean beginsAfter(String sentence, LocalDate day) {
    Matcher m = COUNTED_SINCE.matcher(Lexicon.fold(sentence.replaceAll("\\s+", " ")));
    if (!m.find()) {
      return false;
    }
    LocalDate from = sinceDate(m.group(1), day);
    return from != null && from.isAfter(day);
  }

  /** Days from the day a "sinds" phrase names to the entry, or 0 when it names none. */
  private static long daysSince(String phrase, LocalDate entry) {
    LocalDate from = sinceDate(phrase, entry);
    return from == null ? 0 : ChronoUnit.DAYS.between(from, entry);
  }

  /**
   * A named day: up to two weeks after the entry it is a start announced ("vanaf maandag 23-2",
   * written on the 20th), else the latest such day not after the entry.
   */
  private static LocalDate aheadOrLatest(int month, int day, int year, LocalDate entry) {
    LocalDate ahead = LocalDate.of(entry.getYear(), month, day);
    if (year <= 0 && ahead.isAfter(entry) && !ahead.isAfter(entry.plusDays(14))) {
      return ahead;
    }
    return latest(month, day, year, entry);
  }

  private static LocalDate latest(int month, int day, int year, LocalDate entry) {
    if (year > 0) {
      return LocalDate.of(year, month, day);
    }
    LocalDate candidate = LocalDate.of(entry.getYear(), month, day);
    return candidate.isAfter(entry) ? candidate.minusYears(1) : candidate;
  }

  private static int firstAmount(String match) {
    Matcher m = AMOUNT.matcher(match);
    return m.find() ? number(m.group(1)) : 1;
  }

  /** The first amount of a match; of a range ("1 a 2 dagen", "2 tot 3") the upper bound. */
  private static int amount(String match) {
    Matcher m = AMOUNT.matcher(match);
    if (!m.find()) {
      return 1;
    }
    int n = number(m.group(1));
    Matcher upper = RANGE_UPPER.matcher(match.substring(m.end()));
    return upper.find() ? Math.max(n, number(upper.group(2))) : n;
  }

  private static final Pattern RANGE_UPPER = Pattern.compile("^( tot | a |-)(\\d+|twee|drie|vier|vijf)\\b");

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
