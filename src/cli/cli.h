/* cli/cli.h: one function per subcommand; each returns the process exit status. */
#ifndef GOROLAB_CLI_CLI_H
#define GOROLAB_CLI_CLI_H

enum { EXIT_USAGE = 64 };

/* cli_run implements `gorolab run FILE.go... [--seed N] [--go 1.N] [--max-steps N]
 * [--max-heap MIB] [--stats] [-- ARGS...]` (see man/gorolab.1). */
int cli_run(int argc, char **argv);

#endif
