/**
 * The embedded SQLite store of a project: documents, segments, codings and case-level codes,
 * each with source, coder and time. See {@link org.dossiercoder.store.CodingStore}.
 */
package org.dossiercoder.store;
