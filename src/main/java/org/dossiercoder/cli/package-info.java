/**
 * The picocli command line: a thin shell over the library, one class per subcommand.
 * {@link org.dossiercoder.cli.Main#run} takes writers so tests run commands in-process.
 */
package org.dossiercoder.cli;
