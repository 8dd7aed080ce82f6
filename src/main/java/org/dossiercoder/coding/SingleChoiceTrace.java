package org.dossiercoder.coding;

import java.time.LocalDate;
import java.util.Map;

/**
 * How a single-choice codebook ({@code verzuimpatroon}, {@code resultaat}) was decided for one case,
 * as {@code explain} shows it: the code the rules support most, the code the course of absence gives,
 * and which of the two decided.
 *
 * @param chosen the code chosen, or null when none
 * @param byRules the code with the most counted sentences, or null when no sentence counted
 * @param byCourse the code the dated course gives, or null when it is too thin to judge
 * @param ruleScores counted sentences per code id
 * @param firstIntervention the date the interventions started (for {@code decision: result}), or null
 * @param reason why the chosen code won, in one line
 */
public record SingleChoiceTrace(
    String chosen,
    String byRules,
    String byCourse,
    Map<String, Integer> ruleScores,
    LocalDate firstIntervention,
    String reason) {}
