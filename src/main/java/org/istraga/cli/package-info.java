/**
 * The {@code istraga} command line, built with picocli.
 *
 * <p>One small class per subcommand ({@code IngestCommand}, {@code StatusCommand},
 * {@code VerifyCommand}...), each a {@code Callable<Integer>} that parses its options, calls one
 * capability package and prints the result: text for people, or one JSON object with
 * {@code --json}. Shared options are mixins ({@link org.istraga.cli.CaseOption} for {@code --case}
 * and {@code ISTRAGA_CASE}, {@link org.istraga.cli.OutputOption} for {@code --json}).
 *
 * <p>{@link org.istraga.cli.Main#run} returns the exit code and never exits the JVM, so tests drive
 * the CLI in-process; only {@code main} calls {@code System.exit}. Results go to stdout; progress,
 * warnings and errors to stderr. Errors are one line, {@code istraga: <what> <where>; <what to
 * do>}, with the exit codes of {@link org.istraga.cli.ExitCode}.
 */
package org.istraga.cli;
