/**
 * Output files: {@code case-codes.csv}, {@code segments.csv}, {@code problems.csv}, the tables as
 * CSV, as one XLSX workbook (Apache POI) and in {@code report.md} (FreeMarker template).
 */
package org.dossiercoder.report;
