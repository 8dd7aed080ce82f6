/**
 * The review screen: a local web server ({@code dossiercoder serve}) on which researchers browse
 * cases and documents with their codings highlighted, accept or reject proposals, add codings by
 * selecting text, and see the tables follow. Every change is a {@link org.dossiercoder.store.Decision}
 * recorded through {@link org.dossiercoder.Project#record}, the same path the spreadsheet review
 * takes; nothing else here writes to the store.
 *
 * <p>Security model: the server binds to the loopback interface only, answers only requests whose
 * Host header names the loopback address (against DNS rebinding), changes data only on POST with
 * the page token of this server start (against cross-site requests), serves no files (every page is
 * rendered from the store), and holds a lock file in the output folder so that one server at a time
 * works on a project.
 */
package org.dossiercoder.web;
