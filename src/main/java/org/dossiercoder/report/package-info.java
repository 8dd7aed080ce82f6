/**
 * Output files: {@code case-codes.csv}, {@code segments.csv}, {@code problems.csv}, the tables as
 * CSV, as one XLSX workbook (Apache POI), in {@code report.md} (FreeMarker template), and in the
 * self-contained {@code report.html} with SVG charts and case drill-down, also as {@code report.pdf}
 * (openhtmltopdf).
 */
package org.dossiercoder.report;
