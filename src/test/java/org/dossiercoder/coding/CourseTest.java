package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CourseTest {
  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(delimiter = '|', value = {
    "Sinds de herfstvakantie zit de leerling volledig thuis.|3",
    "In de afgelopen 6 weken niet op school geweest.|3",
    "Nog steeds 0 dagen aanwezig.|3",
    "Deze maand 16 hele dagen afwezig.|3",
    "In 4 weken 5 dagen ziek gemeld.|2",
    "Komt 2 tot 3 dagen per week niet.|2",
    "Verzuimoverzicht: 48 lesuren ongeoorloofd in 4 weken.|2",
    "DUO-melding: 16 uur ongeoorloofd verzuim in 4 weken.|1",
    "In maart 1 dag ziek.|1",
    "Regelmatig te laat gekomen.|1",
    "Sinds wo 04-03 niet op school geweest.|2",
    "Gaat weer volledig naar school.|0",
    "Verzuim teruggelopen naar nul.|0",
    "Geen verzuim meer gemeld.|0",
    "Indien hij niet weer volledig naar school gaat volgt een PV.|-1",
    "Doel: binnen 4 weken weer hele dagen aanwezig.|-1",
    "Gesprek met moeder over de thuissituatie.|-1",
    "Eerste week op de nieuwe school 3 van de 5 dagen aanwezig.|2",
    "In maart 9 van de 10 lesdagen weg.|3",
    "De laatste twee weken 2 dagen aanwezig van de 10.|3",
    "Mei: ongeveer 60% aanwezig.|2",
    "Aanwezigheid van 95 procent in het laatste blok.|0",
    "Gaat inmiddels 4 a 5 dagen per week naar school.|1",
    "Mentor meldt dat jeugdige drie ochtenden per week komt.|2",
    "Jeugdige gaat nu 2 dagen per week, de rest thuis.|2",
    "Hij komt 3 dagdelen per week op de boerderij.|-1",
    "Volgens de mentor 1 a 2 dagen per week weg.|2",
    "Sinds januari geen enkele lesdag gevolgd.|3",
    "Geen enkele dag gemist deze periode.|0",
    "Schoolgang blijft nihil.|3",
    "Leerling komt nagenoeg niet op school.|3",
    "Nauwelijks op school sinds de zomer.|3",
    "Zij wil graag weer naar school.|-1",
    "Hij wil niet naar school en zit al weken thuis.|3",
    "Oma probeert om hem weer naar school te krijgen.|-1",
    "Is nog niet belastbaar voor een volledig rooster.|-1",
    "Thuis bezocht, de begeleider blijft thuis betrokken.|-1",
    "Sinds de start 1 dag ziek, verder volledig aanwezig.|1",
    "Evaluatie: volledige aanwezigheid sinds de herfstvakantie.|0",
    "Leerling sinds okt thuis, IVO 3 uur per week.|2",
    "ISK: leerling heeft geen één dag gemist, is steeds op tijd.|0",
    "Verzuimregister: sinds de terugkeer geen enkel uur verzuim.|0",
    "Verzuimoverzicht van de instelling: sinds de overstap geen ongeoorloofde uren meer.|0",
    "Melding via DUO: 6 schooldagen ongeoorloofd afwezig rond de meivakantie.|2",
    "Structureel lessen gemist: 23 van de 96 geroosterde uren ongeoorloofd afwezig (ca. 24%).|1",
    "Verzuim na de herfstvakantie: weer 9 uur in één week.|1",
    "Oktober: 5 keer te laat, 6 lesuren weg, geen hele dagen.|1",
    "November: 3 hele dagen weg en 12 lesuren.|2",
    "December en januari samen 4 lesuren en 2 keer te laat.|1",
    "wk 44: okt 18 klokuren ongeoorloofd.|1",
    "Februari: terugval, 2 hele dagen en 8 uur.|1",
    "April tot nu niets.|0",
    "Maart: 0 uur en 0 dagen.|0",
    "jan-15    0 dgn onderwijs.|3",
    "okt:  te laat 5x, ongeoorloofd 4 lesuur|1",
    "Lln afwezig van 13-10 t/m 31-10, 3 weken aaneengesloten.|3",
    "okt-14  14 uur + 2 dgn|1",
    "In september 11 keer te laat.|1",
    "Vanaf de 2e schoolweek elke maandag afwezig.|1",
    "Lln blijft ma/vr weg.|2",
    "Leerling vandaag niet aanwezig, niet afgemeld.|1",
    "Lln in dagbehandeling, geen schoolgang dit schooljaar.|3",
    "Heeft geen les op haar eigen school gehad sinds oktober.|3",
    "Volgens de ISK had hij vorig schooljaar vrijwel geen verzuim.|-1",
    "Oktober: 12 lessen gevolgd in de reboundklas.|-1",
    "Opdrachten worden te laat ingeleverd.|-1",
    "Hij gaat morgen weer naar school.|-1",
    "Totaal verzuim 2015: wk 10-12 = 14 dgn.|-1",
    "Vanaf maandag weer volledig naar school.|-1",
    "okt: 0 dgn aanw.|3",
    "Apr: 0% aanwezig.|3",
    "Mei: 0% verzuim.|0",
    "In december rond de 50% van de lessen gevolgd.|2",
    "week 42: 1 dag.|1",
    "wk 9: 2,5 dag, ziek gemeld.|2",
    "week 6: 0 dagen, 2 uur.|0",
    "wk 11 (ma): 4 dagen + 3 uur.|3",
    "wk 12-13: 2 dagen.|1",
    "wk 12 (di): Gesprek met moeder over 2 dagen verlof.|-1",
    "Februari: 0 lesuren ongeoorloofd.|0",
    "wk 14: hele week weg.|3",
    "ma 10/11 - nov tot nu: 4 uur.|1",
    "12-01-2015: wk 2: 3 dagen.|2",
    "Sinds maart volledig absent.|3",
    "Januari: ongeveer 85% van het volledige rooster.|1",
    "Verzuim oktober: 14% van de lessen (ziek).|1",
    "Hij heeft dit jaar zo'n 40% van de lessen gemist.|2",
    "Volledige stop schoolgang sinds begin dec.|3",
    // an mbo student's opleiding or ROC is the school
    "Student is na de kerst niet meer op de opleiding verschenen.|3",
    "De afgelopen maand drie weken gemist.|3",
    // a count of days before a phrase of full absence is a count of days
    "Deze week twee dagen helemaal niet naar school gegaan.|2",
    "In februari op drie dagen na geheel afwezig.|3",
    // not the pupil's full absence
    "Vader: ik kan hem toch niet meer naar school sturen.|-1",
    "De achterstand in wiskunde is nog niet helemaal weg.|-1",
    "Jongen zit elke woensdag in het buurthuis, 4 uur vrijwilligerswerk.|-1",
    // not enrolled anywhere; and its end
    "Sinds de verhuizing is er sprake van absoluut verzuim.|3",
    "Tot de inschrijving blijft het absoluut verzuim.|3",
    "Bij aanhoudend absoluut verzuim volgt een PV.|-1",
    "Dossier absoluut verzuim gesloten.|-1",
    "Signaal BRON: leerplichtige, geen schoolinschrijving.|3",
    "Geen inschrijving op een school bekend.|3",
    "Stand: lln al maanden volledig zonder onderwijs.|3",
    "Steeds vaker thuis gebleven, in totaal vijf hele dagen.|2",
    "Verzuim sinds de voorjaarsvakantie vrijwel nul.|0",
    "Nauwelijks nog verzuim.|0",
    "LPA ziet geen reden voor een verzuimgesprek; dit is geen spijbelen maar angst.|-1",
    "Absoluut verzuim beëindigd per 1 maart.|0",
    "Het kind heeft in die maanden geen dag onderwijs gevolgd.|3",
    // most of the lessons missed, without a count
    "Mist sinds de kerst het grootste deel van de lessen.|2",
    "Ze miste vorige week bijna alle praktijklessen.|2",
    "Hij is de meeste dagen aanwezig.|-1",
    // absence counted in times
    "In april nog maar één keer afwezig geweest.|1",
    "Deze maand 4 keer ziek gemeld.|2",
    // before the absence, a parent at home, a conclusion over the whole course
    "Daarvoor was er nooit verzuim, ook niet op de basisschool.|-1",
    "Moeder sinds half maart thuis na de operatie.|-1",
    "Conclusie: van volledig thuiszitten naar een bijna volledig rooster.|-1",
    "9 van de 10 dagen aanwezig, 1 dag ziek.|0",
    "Verzuim stapsgewijs teruggelopen tot vrijwel nihil.|0",
    // percentages: after a verb of change; the last of several; a month's bare figure
    "Het verzuim is gezakt naar ongeveer 20%.|1",
    "In november was het verzuim opgelopen tot 45%, december tot nu 12%.|1",
    "Maart ongeveer 40%.|2",
    "apr: 96%.|0",
    "Mei zo'n 55%.|-1",
    // how often a father comes home, a condition, a meeting not needed, days attended
    "Vader werkt in de bouw in Duitsland, komt eens per 6 weken thuis.|-1",
    "Lln blijft thuis als moeder 's ochtends niet aanspreekbaar is.|-1",
    "Geen verzuimgesprek nodig, ik volg het via de melding.|-1",
    "Lln 1 ochtend geweest, daarna weer weg.|-1",
    "Geen verzuimmeldingen van de school.|0",
    "SWV: Juni: 5 ochtenden en 2 middagen per week, tot nu toe alles aanwezig.|0",
    // days per week, days not come
    "Mentor: week 45 en 46 elk 2 hele dagen weg, ouders melden hem ziek.|2",
    "Mentor: na Pasen 3 dagen niet gekomen.|2",
    "Opbouw naar 4 ochtenden. 1 ochtend gemist (slecht geslapen).|1",
    // one sick day in a period otherwise attended; once late; home teaching; a summary
    "20 apr - 19 jun 2015: 1 dag afwezig (ziek, 12-05), verder 100%|0",
    "Lln alle dagen aanwezig, 1x te laat (5 min).|0",
    "Start IVO: docent NE en docent wisk komen elk 1 uur per week thuis.|-1",
    "Totaal: 9 schooldagen weg in 1 aaneengesloten periode.|-1",
    "Totaal nu 3 weken volledig afwezig.|3",
    // attendance in words: no day or lesson missed, the whole week gone; a bare "gaat ze niet"
    "Volgens de mentor is zij sinds 2 november geen enkele dag of les meer afwezig geweest.|0",
    "Vader: hij is de hele week gegaan.|0",
    "Hij is de hele week niet geweest.|3",
    "De mentor belde. Kim is deze week niet geweest.|3",
    // a time of day is no amount of hours
    "Ze komt 's nachts om 3 uur thuis.|-1",
    // attendance in words, but not advice or a goal
    "di 17/2 t/m vr 20/2 – hele dagen op school (info juf).|0",
    "Fleur is sinds 17/2 elke dag de hele dag op school geweest; na de vakantie ook.|0",
    "Jeugdarts adviseert snel weer naar school, in kleine stappen.|-1",
    "Opbouw naar hele dagen op school.|-1",
    // the days of a reduced timetable
    "Sem was deze week 3 van de 4 roosterdagen op school.|1",
    "Tussenevaluatie met mentor: week 48 beide roosterdagen aanwezig, nu drie dagen per week.|0",
    "Sinds 14 september gaat hij niet.|3",
    "Sinds maandag gaat hij niet meer alleen naar de training.|-1",
    // registration shorthand: "p/w" is per week, "ongeoorl." is ongeoorloofd; "nooit volledig thuis" denies full absence
    "okt: 6 à 8 uur p/w verzuim|1",
    "feb-jun 2015   : 96-99% per maand, geen ongeoorl. verzuim|0",
    "Patroon: al anderhalf jaar structureel verzuim, nooit volledig thuis.|-1",
  })
  void readsTheLevelOfAReport(String sentence, int level) {
    assertEquals(level, AbsenceLevel.of(sentence));
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "Sinds wo 04-03 niet op school geweest.|2015-03-09|2",
    "Sinds wo 04-03 niet op school geweest.|2015-04-20|3",
    "Stand van zaken: leerling sinds 05-01 niet op school geweest.|2015-07-06|3",
    "Lln is sinds half februari niet op school geweest.|2015-03-02|2",
    "Lln is sinds half februari niet op school geweest.|2015-05-12|3",
    "Sinds okt 2014 thuis.|2015-12-10|3",
    "Lln zit sinds het begin van het schooljaar (half augustus) thuis.|2015-11-02|3",
    "Sinds maandag zonder school.|2015-11-04|2",
    "Hoog verzuim in oktober en november, daarna stap voor stap minder.|2015-06-15|-1",
    "Veel verzuim in oktober, daarna minder, vanaf maart bijna niets.|2015-06-15|-1",
    "In oktober en november 6 dagen ziek.|2015-11-20|2",
    "In maart 4 dagen ziek.|2015-06-15|-1",
    "Sinds maart volledig thuis.|2015-06-15|3",
    "Sinds de herfstvakantie niet meer naar school.|2015-12-01|3",
    "Sinds de herfstvakantie 3 dagen afwezig.|2015-11-14|2",
    // days counted over more than a month weigh as the same count per month
    "Sinds 1 jan 3 dagen afwezig, alle gemeld.|2015-03-18|1",
    "Sinds september 13 dagen afwezig.|2014-11-10|2",
    "Sinds start schooljaar (1/9) 2 dagen op school geweest.|2014-10-01|3",
    "Sinds de herfstvakantie 12 dagen naar school gegaan.|2014-12-12|2",
    // a date's day and month are no range of days
    "Sinds 30-11 ochtenden + 2 middagen, verzuim een paar uur per week.|2015-12-14|1",
    "Lln heeft 2-3 dagen per week gemist.|2015-12-14|2",
    // a month heading the line; the spell of absence a recovery came after
    "Juni: 4 dagen per week op school (ochtenden + 2 middagen).|2016-06-30|1",
    "Na bijna 4 maanden volledig verzuim stap voor stap terug op school sinds de voorjaarsvakantie.|2016-05-20|-1",
    // nothing since a day, one exception aside; a past year's total written later
    "Status: geen verzuim sinds 11-01 behalve 1 dag ziek (februari).|2016-03-28|0",
    "Verzuim 2015 (geschat): 31 dgn, ziek.|2016-03-28|-1",
    // a report made weeks before the entry tells the weeks before that report
    "LPA bevestigt dat school hem op 05-10-2015 heeft gemeld (ongeoorloofd verzuim, > 16 uur in 4 weken).|2015-11-20|-1",
    "School heeft hem vandaag gemeld: ongeoorloofd verzuim, > 16 uur in 4 weken.|2015-11-20|1",
    "Gemeld op 05-10-2015 bij leerplicht (ongeoorloofd verzuim, > 16 uur in 4 weken).|2015-11-20|-1",
  })
  void openEndedAbsenceIsFullWhenItBeganThreeWeeksBeforeTheEntry(String sentence, String entry, int level) {
    assertEquals(level, AbsenceLevel.of(sentence, LocalDate.parse(entry)));
  }

  @ParameterizedTest(name = "{0} on {1} -> {2} ({3})")
  @CsvSource(delimiter = '|', value = {
    // a share of school time where the sentence says over what time the absence ran
    "Afgelopen twee weken 2 hele dagen + 3 losse lesuren afwezig.|2015-02-02|2|0.25",
    "Nov: 30 lesuren.|2015-12-01|2|0.25",
    "Maart: 6 lesuren ongeoorloofd.|2015-04-01|1|0.05",
    "In 4 weken 1 dag ziek gemeld, verder elke dag gekomen.|2015-03-02|0|0.05",
    "Deze week 2 dagen afwezig zonder bericht.|2015-03-02|2|0.4",
    "Aanwezigheid ca. 75%.|2015-03-02|1|0.25",
    "jan: aanw 80%|2015-02-01|1|0.2",
    "Komt 3 van de 5 dagen.|2015-03-02|-1|NaN",
    // counted since a date more than a month back: as a monthly figure
    "Melding: 60 lesuren ongeoorloofd sinds begin schooljaar.|2014-11-28|1|0.17",
    "Verzuim sinds eind februari 0 uur.|2015-05-18|0|0",
    // an amount without its time has a level, not a share
    "3 dagen afwezig zonder bericht.|2015-03-02|2|NaN",
    // two periods compared (the later one gives the level), sessions of something else, several
    // months summed: no share (attendance is no time missed)
    "Periode 1: 81% aanwezig, periode 2: 92% aanwezig.|2015-03-02|0|0",
    "Huiswerkklas: 3 van de 8 keer geweest.|2015-03-02|2|NaN",
    "okt 14 uur - nov 18 uur - dec 9 uur|2015-01-10|1|NaN",
    // a brother's or sister's absence is not the pupil's; a brother reporting on the pupil is
    "Zus is deze maand een paar dagen thuis geweest.|2015-03-02|-1|NaN",
    "Broer: 2 dagen ziek geweest in maart.|2015-04-02|1|NaN",
    // a month's bare percentage has its share
    "Februari ongeveer 10%.|2015-03-02|0|0.1",
    "jan: 75%|2015-02-02|1|0.25",
    // who reports the month's figures; the last of several months; a week's figures in a month line
    "Mentor: januari 2 dagen + 5 uur.|2015-01-29|1|0.14",
    "presentie (bron mentor): okt 74%, nov 72%, mrt 91%|2015-04-13|0|0",
    "Oktober: nog steeds 6 a 8 lesuren per week weg.|2015-10-29|1|0.27",
    // a school's registration notes: a span of days all absent, a period's share of lessons missed
    "27-01-15 t/m 30-01-15  absent, G.|2015-01-27|3|1",
    "04-11-14 t/m 21-11-14  alle dagen afm. door ma, Z.|2014-11-04|3|1",
    "Stand P1: 20% gemist.|2014-11-14|1|0.2",
    "Stand P3: 6%.|2015-04-24|0|0.06",
    // a condition and an overview look at no observed level
    "LPA: zolang er geen school is, is er geen verzuim van lln.|2014-12-12|-1|NaN",
    // a period that ended weeks before the entry is a look back, not the level at its date
    "Eén periode van verzuim van 12-10 t/m 3-11 (12 lesdagen).|2015-11-25|-1|NaN",
    "Lln afwezig van 13-10 t/m 31-10, 3 weken aaneengesloten.|2014-11-03|3|1",
    "Periode 2 t/m 20-01-2015: afwezig van ma 17-11 t/m vr 05-12 = 15 lesdagen.|2015-01-20|-1|NaN",
    // a label with nothing to report, a week attended, a percentage with decimals
    "Verzuim sinds terugkeer: 0.|2014-01-20|0|0",
    "Verzuim deze week: geen.|2014-01-20|0|0",
    "vr 12-12-2014: hele week aanwezig.|2014-12-12|0|0",
    "Aanwezigheid 87,5 procent.|2014-02-28|1|0.12",
    "Stand P3: 1,5%.|2015-04-24|0|0.02",
    // a school period's hours or days without its dates: a share of ten weeks, the level from the words
    "24-04  stand p3: 9 uur ongeoorl., 3x te laat.|2015-04-24|1|0.03",
    "14-11  stand p1: 38 uur ongeoorl. (incl. 5 hele dgn), 15x te laat.|2014-11-14|2|0.23",
    // days over a span of dates: their share of its school days (hours restated as days not twice)
    "- 26-01 t/m 06-02: 10 hele dagen (als ziek gemeld).|2015-01-26|3|1",
    "In de periode 25-11 t/m 12-12 ongeoorloofd 48 uur (ca. 8 hele dagen).|2014-12-15|2|0.57",
    // an earlier year's story, denied full absence, the business around absence
    "Had de oudere zus in 2012 in de caseload (vmbo, langdurig thuiszitten).|2015-05-26|-1|NaN",
    "Het patroon is een geheel ander: geen thuiszitten, wel lessen overslaan.|2015-05-26|-1|NaN",
    "Afspraak verzuimgesprek gemaakt op donderdag 05-02.|2015-02-03|-1|NaN",
    "Beschouwing: het verzuim neemt sinds de uithuisplaatsing af, met terugvallen.|2015-07-03|-1|NaN",
    "Overzicht kalenderjaar 2015: januari 5 - februari 4 - maart 3 = 12 dagen ziek gemeld.|2015-06-15|-1|NaN",
    // a week's figures that count days at school; a share after the week number; an exported ticket's lead
    "wk 38: 1 dag aanwezig.|2015-09-21|3|0.8",
    "wk 38: 3 dagen op school, 2 dagen ziek.|2015-09-21|2|0.4",
    "wk 45-48: 17 van de 20 dagdelen aanwezig.|2015-11-30|1|0.15",
    "2015-09-21 10:30 SB: wk 38: 1 dag aanwezig.|2015-09-21|3|0.8",
    // a half in a range is no amount of its own; a span of months with its share; where a change went
    "Gemiddeld 1 à 1,5 dag per week weg, de rest van de week is ze er gewoon.|2015-01-12|1|0.2",
    "Verzuim februari–maart ca. 15% (afspraken in het ziekenhuis).|2016-03-15|1|0.15",
    "Gemist april–juni ca. 8%.|2016-06-17|0|0.08",
    "Het verzuim is sinds oktober afgenomen, van volledig afwezig naar vier van de vijf dagen op school.|2016-03-01|1|0.2",
    // days at school over weeks; attendance as a fraction (not of a part-time timetable's mornings, not a date)
    "School: 3 dagen aanwezig in twee weken, meestal alleen de ochtend.|2015-02-24|2|0.7",
    "wk 41 – online 19/25, cam aan.|2013-10-07|1|0.24",
    "wk 42 – 20/25.|2013-10-14|1|0.2",
    "Aanwezig 3/5 dagen.|2013-10-07|2|0.4",
    "Mentor: 5/5 ochtenden aanwezig.|2015-03-23|-1|NaN",
    "wk 41 – 14/10 gesprek met moeder.|2013-10-07|-1|NaN",
    // no longer absent since a date is attendance; weeks written "wk"; truancy denied; last autumn's span in June
    "Sinds de kerstvakantie niet meer afwezig.|2014-01-13|0|0",
    "3 wk afwezig, melding LPA gedaan.|2015-03-03|3|1",
    "Het gaat hier niet om spijbelen.|2015-09-10|-1|NaN",
    "Totaal: 17 dagen, waarvan 15 in de periode 4-11 t/m 22-11.|2014-06-19|-1|NaN",
    // how long the absence has gone on, not how old its report is
    "LPA belde, school had het verzuim gemeld (nu ruim 2 weken).|2015-01-27|3|1",
    "Verzuim inmiddels 3 weken.|2015-01-27|3|1",
    "Verzuimmelding al twee weken oud, geen reactie.|2015-01-27|-1|NaN",
    // "vanaf" as "sinds"; a start announced for next week is no absence yet; feeling at home is not being at home
    "Vanaf 23-2 niet op school.|2015-03-20|3|1",
    "Vanaf maandag 23-2 niet op school.|2015-02-20|-1|NaN",
    "Hij heeft zich vanaf het begin niet thuis gevoeld op deze opleiding.|2015-01-16|-1|NaN",
    // "afw" for afwezig; a history that ends in the present; a remark in brackets is no period
    "Stand: lln nog steeds geheel afw.|2015-06-25|3|1",
    "Uit registratie school: sep-dec 2014 losse dgn (8), jan-feb 2015 ca 2 dgn/wk, sinds 2015-04-13 volledig afw.|2015-05-07|3|1",
    "Hoog verzuim in oktober en november, daarna minder.|2015-06-10|-1|NaN",
    "Stand: lln sinds april 2015 vrijwel volledig afw (1 dag in okt).|2015-12-17|3|1",
    "Stand: sinds 2 nov. op 1 dag na niet op school.|2016-02-26|3|1",
    "Hij is ongeveer zeventig procent van de lessen aanwezig.|2015-12-17|2|0.3",
    // a window of weeks is not weeks of absence
    "3e keer in 4 wkn ziek op maandag.|2014-10-24|1|NaN",
    // a plan or condition in a later clause leaves the first an observation, not one that opens its clause
    "D. is sinds maandag geen dag meer op school geweest, ook niet op de afgesproken check-in.|2015-11-05|3|1",
    "Hij gaat weer naar school, zodra het rooster past.|2015-11-05|-1|NaN",
    // a return that failed ends at home; nothing attended since a date; weeks written "wk"; a year's account
    "F. is 2x geweest (1 uur), daarna weer thuis.|2015-02-24|3|1",
    "07-09 aanwezig 1,5 uur. Daarna niet meer verschenen.|2015-09-07|3|1",
    "Een dag ziek geweest, daarna weer naar school.|2015-03-12|1|NaN",
    "Moeder is daarna niet meer verschenen op het spreekuur.|2015-03-12|-1|NaN",
    "Stand: 0 lessen sinds 24-02.|2015-04-16|3|1",
    "Schoolgang nog steeds nihil.|2015-11-05|3|1",
    "Maart–mei: geen schoolbezoek.|2015-05-29|3|1",
    "13-10-14 t/m 24-10-14 hele periode afw., ziekgemeld.|2014-10-24|3|1",
    "zoco: verzuim nu 3 wk aaneengesloten.|2014-11-03|3|1",
    "Stand 2015: vrijwel het hele jaar niet op school geweest (behalve 2 uur in feb en 2 ochtenden in sept).|2015-12-18|3|1",
    "Het hele jaar niet ziek geweest.|2015-12-18|-1|NaN",
    // reported sick since a date is open-ended absence (full from three weeks); sick reports counted are not
    "F. sinds 10-11 ziekgemeld (buikpijn, misselijk).|2014-11-24|2|NaN",
    "F. sinds 10-11 ziekgemeld (buikpijn, misselijk).|2014-12-01|3|1",
    "Sinds 10 maart ziekgemeld.|2015-03-12|2|NaN",
    "Sinds januari vaak ziekgemeld op maandag.|2015-03-12|1|NaN",
    "Telefonisch contact mentor: sinds 1 feb alle dagen aanwezig, 1x ziek gemeld (griep).|2016-02-15|1|NaN",
    // hardly any absence before the last day at school is history, not attendance now
    "Laatste dag op school vr 07-11, daarvoor nauwelijks verzuim.|2014-11-24|-1|NaN",
    // a register's running total up to a month runs from the school year's start (1 September)
    "Officiële waarschuwing wegens ongeoorloofd verzuim (72 lesuren tot en met april).|2015-05-05|1|0.075",
    "T/m februari 40 lesuren ongeoorloofd.|2015-03-10|1|0.056",
    // a teacher who is ill is not the pupil's absence; the teacher reporting it is
    "Mentor is sinds 3 weken ziek; met de invaller opnieuw 3 dagen thuis.|2015-06-02|-1|NaN",
    "Mentor: lln is sinds 3 weken ziek.|2015-06-02|3|1",
  })
  void measuresTheShareOfSchoolTimeMissedWhereTheTimeIsGiven(String sentence, String entry, int level, double share) {
    AbsenceLevel.Measure m = AbsenceLevel.measure(sentence, LocalDate.parse(entry));
    assertEquals(level, m.level(), "level");
    assertEquals(share, m.share(), 0.011, "share");
  }

  private static Course measured(double... shares) {
    List<Course.Report> r = new ArrayList<>();
    LocalDate d = LocalDate.of(2014, 10, 15);
    for (double s : shares) {
      r.add(new Course.Report(d, s <= 0.05 ? 0 : s < 0.3 ? 1 : 2, s));
      d = d.plusMonths(1);
    }
    return Course.of(r);
  }

  @Test
  void theChristmasHolidayDoesNotLengthenAnEpisodeOfFullAbsence() {
    // Days, then home in December, back at school some weeks after the holiday: one episode.
    assertEquals("eenmalig", dated("2014-11-25=2", "2014-12-03=3", "2015-01-20=0", "2015-03-12=1").pattern());
    // The same gap in spring is eight weeks of possible absence.
    assertEquals("langdurig_zwaar", dated("2015-03-02=2", "2015-03-10=3", "2015-04-27=0", "2015-06-08=1").pattern());
  }

  @Test
  void aSpellAtHomeOfUpToSevenWeeksThatEndsInAttendanceIsOneEpisode() {
    assertEquals("eenmalig", dated("2015-01-12=3", "2015-02-02=3", "2015-02-23=0", "2015-04-13=0").pattern(),
        "six weeks at home, then back for good");
    assertEquals("eenmalig", dated("2015-01-12=3", "2015-01-26=3", "2015-02-09=2", "2015-03-02=0").pattern(),
        "part-time on the way back is still the same spell");
    assertEquals("langdurig_zwaar", dated("2015-01-12=3", "2015-02-02=3", "2015-03-23=0").pattern(),
        "ten weeks at home is long heavy absence");
    assertEquals("langdurig_zwaar", dated("2015-01-12=3", "2015-02-02=3", "2015-02-23=0", "2015-03-16=2",
        "2015-04-13=3").pattern(), "absence that comes back after the spell makes it more than one episode");
    assertEquals("langdurig_licht", dated("2015-01-12=2", "2015-02-02=2", "2015-02-23=0", "2015-04-13=2").pattern(),
        "days of absence without a spell at home are no spell");
  }

  /** A course from "date=level" reports, as {@code explain} shows them. */
  private static Course dated(String... reports) {
    List<Course.Report> r = new ArrayList<>();
    for (String report : reports) {
      String[] parts = report.split("=");
      r.add(new Course.Report(LocalDate.parse(parts[0]), Integer.parseInt(parts[1])));
    }
    return Course.of(r);
  }

  @Test
  void hoursThatComeDownMonthByMonthAreADecreaseTheLevelsDoNotShow() {
    // 30, 20, 12, 9, 4 and 2 lesuren a month: all "hours" to the levels
    Course down = measured(0.25, 0.17, 0.10, 0.075, 0.033, 0.017);
    assertEquals("afnemend", down.pattern());
    assertEquals("geleidelijke_afname", down.result(LocalDate.of(2014, 11, 1)));
    // hovering around eight hours a month after a bad month is no recovery
    assertEquals("langdurig_licht", measured(0.07, 0.18, 0.10, 0.08, 0.08, 0.07).pattern());
    // a jump from the peak to nothing, with no step between, is no gradual decrease
    assertEquals("langdurig_licht", measured(0.12, 0.15, 0.02, 0.01).pattern());
    Course up = measured(0.05, 0.08, 0.17, 0.25);
    assertEquals("toename", up.result(LocalDate.of(2014, 11, 1)), "from 8 % to 25 % within the same level");
    assertEquals("geen", measured(0.12, 0.13, 0.11, 0.12).result(LocalDate.of(2014, 11, 1)));
  }

  private static Course course(int... levels) {
    List<Course.Report> r = new ArrayList<>();
    LocalDate d = LocalDate.of(2015, 1, 5);
    for (int l : levels) {
      r.add(new Course.Report(d, l));
      d = d.plusWeeks(4);
    }
    return Course.of(r);
  }

  @Test
  void attendanceInTheFirstReportAfterTheInterventionIsAQuickDecrease() {
    LocalDate spreekuur = LocalDate.of(2015, 2, 19);
    // the absence that opened the case was told undated ("sinds 5 januari aaneengesloten ziek")
    assertEquals("snelle_afname", dated("2015-03-09=0", "2015-04-21=0").result(spreekuur));
    assertEquals("snelle_afname", dated("2015-05-04=0", "2015-06-01=1", "2015-06-29=0").result(spreekuur),
        "however long the journal is silent, and a sick day later");
    assertEquals("geen", dated("2015-02-19=0", "2015-04-21=0").result(spreekuur),
        "a report on the day of the intervention is where it started");
    assertNotEquals("snelle_afname", dated("2015-03-09=0", "2015-04-21=2", "2015-05-20=3").result(spreekuur),
        "absence that comes back is no quick decrease");
  }

  @Test
  void reportsOfOneDayKeepTheShareOfTheHighestLevel() {
    LocalDate day = LocalDate.of(2015, 2, 16);
    Course c = Course.of(List.of(new Course.Report(day, 2, Double.NaN), new Course.Report(day, 0)));
    assertEquals(1, c.reports().size());
    assertEquals(2, c.reports().get(0).level());
    assertEquals(Double.NaN, c.reports().get(0).share(), "ten days absent beside 'before that no absence' has no share");
    Course same = Course.of(List.of(new Course.Report(day, 1, 0.1), new Course.Report(day, 1, 0.2)));
    assertEquals(0.2, same.reports().get(0).share(), 1e-9);
  }

  @Test
  void daysThatGrowMonthByMonthAreAnEscalationTheLevelsDoNotShow() {
    // April 4 days, May 6, June 9: all "days" to the levels
    assertEquals("escalerend", measured(0.13, 0.2, 0.3, 0.45).pattern());
    assertEquals("langdurig_licht", measured(0.2, 0.25, 0.2, 0.25).pattern(), "level, not rising");
  }

  @Test
  void aSickDayBetweenReportsOfAttendanceIsNoPattern() {
    assertNull(Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 10, 5), 0),
        new Course.Report(LocalDate.of(2015, 10, 8), 1))).pattern());
  }

  @Test
  void patternsFollowTheDefinitionsOfSection21() {
    assertEquals("langdurig_zwaar", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 10, 16), 0),
        new Course.Report(LocalDate.of(2016, 2, 1), 3),
        new Course.Report(LocalDate.of(2016, 3, 14), 3))).pattern(),
        "one jump from attendance to full absence that stays is no step by step escalation");
    assertEquals("escalerend", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 10, 16), 0),
        new Course.Report(LocalDate.of(2015, 12, 1), 2),
        new Course.Report(LocalDate.of(2016, 2, 1), 3),
        new Course.Report(LocalDate.of(2016, 3, 14), 3))).pattern(), "a step on the way up is");
    assertEquals("eenmalig", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 3, 2), 2),
        new Course.Report(LocalDate.of(2015, 3, 9), 1),
        new Course.Report(LocalDate.of(2015, 5, 4), 0))).pattern());
    assertEquals("eenmalig", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 3, 2), 2),
        new Course.Report(LocalDate.of(2015, 3, 10), 0),
        new Course.Report(LocalDate.of(2015, 6, 22), 1))).pattern(), "one sick day later is no second episode");
    assertEquals("langdurig_licht", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 3, 2), 2),
        new Course.Report(LocalDate.of(2015, 3, 10), 0),
        new Course.Report(LocalDate.of(2015, 5, 4), 1),
        new Course.Report(LocalDate.of(2015, 6, 22), 1))).pattern(), "recurring absence is");
    assertEquals("afnemend", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 10, 1), 2),
        new Course.Report(LocalDate.of(2015, 10, 22), 1),
        new Course.Report(LocalDate.of(2015, 11, 26), 1),
        new Course.Report(LocalDate.of(2016, 1, 28), 0))).pattern(),
        "absence that goes on after the first weeks is no single episode, however low it gets");
    assertEquals("afnemend", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 1, 8), 3),
        new Course.Report(LocalDate.of(2015, 1, 27), 3),
        new Course.Report(LocalDate.of(2015, 5, 7), 1),
        new Course.Report(LocalDate.of(2015, 6, 25), 0))).pattern(),
        "full absence, then light absence, then attendance declines step by step");
    assertEquals("langdurig_zwaar", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 1, 12), 3),
        new Course.Report(LocalDate.of(2015, 3, 23), 0),
        new Course.Report(LocalDate.of(2015, 5, 18), 0))).pattern(),
        "full absence with attendance only reported ten weeks later may have lasted all that time");
    assertEquals("eenmalig", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 3, 2), 3),
        new Course.Report(LocalDate.of(2015, 3, 16), 0),
        new Course.Report(LocalDate.of(2015, 5, 18), 0))).pattern(),
        "full absence closed by attendance within three weeks is one episode");
    assertEquals("escalerend", course(1, 1, 2, 2, 3, 3).pattern());
    assertEquals("afnemend", course(3, 3, 2, 1, 1, 0).pattern());
    assertEquals("langdurig_zwaar", course(3, 3, 3, 3, 0).pattern(), "one jump from full absence is not gradual");
    assertEquals("langdurig_zwaar", course(3, 3, 2, 3, 3).pattern());
    assertEquals("langdurig_licht", course(1, 2, 1, 1, 2, 1).pattern());
    assertEquals("langdurig_zwaar", course(2, 3, 0, 0, 1, 0).pattern(),
        "a sick day between reports of attendance does not make full absence light");
    assertEquals("langdurig_zwaar", course(3, 3, 0, 1, 0).pattern(), "nor a gradual decline");
    assertEquals("afnemend", course(3, 3, 0, 2, 1, 1).pattern(), "a partial level on the way down is gradual");
    assertEquals("escalerend", course(1, 1, 2, 3, 3, 1).pattern(), "hours, then days, then weeks escalated, whatever followed");
    assertEquals("langdurig_licht", course(2, 2, 1, 2, 1, 2, 1, 1, 1).pattern(), "a small drop while swinging is no recovery");
    assertEquals("langdurig_zwaar", course(3, 2, 3, 0, 0, 0).pattern(),
        "the decline is judged from the last full absence: back to full, then one jump, is not gradual");
    assertEquals("eenmalig", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 9, 14), 3),
        new Course.Report(LocalDate.of(2015, 10, 12), 0),
        new Course.Report(LocalDate.of(2015, 11, 23), 0))).pattern(),
        "four weeks at home, then attending for good, is one episode");
    assertEquals("langdurig_licht", course(1, 1, 2, 1, 1, 0, 0, 0).pattern(),
        "light absence for months that then stops is a long light pattern; the stop is the result");
    assertEquals("afnemend", course(2, 2, 2, 1, 1, 0).pattern(), "partial absence that comes down through light");
    assertNull(course(2).pattern(), "one report is too thin");
    assertNull(course(0, 0).pattern(), "no absence reported");
  }

  @Test
  void resultsCompareTheCourseBeforeAndAfterTheFirstIntervention() {
    LocalDate start = LocalDate.of(2015, 1, 5);
    LocalDate intervention = start.plusWeeks(6);
    assertEquals("geen", course(2, 2, 2, 2, 2).result(intervention));
    assertEquals("toename", course(1, 2, 2, 3, 3).result(intervention));
    assertEquals("snelle_afname", course(3, 3, 0, 0, 0).result(intervention));
    assertEquals("geleidelijke_afname", course(3, 3, 3, 2, 1).result(intervention));
    assertEquals("grillige_afname", course(3, 3, 1, 3, 1).result(intervention));
    assertEquals("geleidelijke_afname", course(2, 2, 1, 2, 1, 1).result(intervention), "a one-level bounce is no relapse");
    assertEquals("snelle_afname", course(3, 3, 3, 3, 0, 1, 0).result(intervention),
        "in one step from full absence to attendance, a sick day later still low, is quick however late");
    assertEquals("geleidelijke_afname", course(2, 2, 2, 1, 1, 0, 1).result(intervention),
        "a sick day after attendance returned does not make the light level the end of a quick fall");
    assertEquals("geleidelijke_afname", course(3, 3, 3, 2, 0, 0).result(intervention),
        "through a partial level, more than five weeks after the intervention, is gradual");
    assertEquals("geen", course(2, 1, 1, 1, 1).result(intervention.plusWeeks(4)), "the level when it started counts");
    assertNull(course(3, 3).result(intervention), "nothing reported after the intervention");
    assertNull(course(2, 3).result(start.plusWeeks(4)), "a report on the day of the intervention shows where it started");
    assertEquals("geleidelijke_afname", course(2, 2, 2, 1, 1, 1).result(intervention),
        "a fall of one level (days to hours) is no quick result, even in one step");
    assertEquals("grillige_afname", course(3, 3, 0, 1, 1, 1).result(intervention),
        "attendance reached and then lost for two reports in a row is a relapse");
    assertEquals("snelle_afname", course(3, 3, 0, 0, 1).result(intervention), "one light report at the end is not");
    assertEquals("snelle_afname", course(2, 2, 1, 0, 1, 1).result(intervention),
        "nor a day at the orthodontist one month and a morning the next");
    assertNull(course(3, 2, 1).result(null), "no intervention, no result");
  }
}
