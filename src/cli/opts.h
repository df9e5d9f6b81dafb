/* cli/opts.h: what every subcommand's option parsing shares: getopt_long with
 * gorolab's own messages (exit 64), --help on standard output (exit 0),
 * numbers, and the Go versions gorolab models. */
#ifndef GOROLAB_CLI_OPTS_H
#define GOROLAB_CLI_OPTS_H

#include <getopt.h>
#include <stdbool.h>
#include <stdint.h>

/* The Go versions gorolab models (--go 1.N, a lesson's go:): 1.GO_MINOR_MIN
 * to 1.GO_MINOR_MAX, the newest and the default. */
enum { GO_MINOR_MIN = 18, GO_MINOR_MAX = 27 };

/* Returned by cli_getopt: --help / -h was given (the usage is printed), or an
 * option was wrong (the message and the usage are printed on stderr). */
enum { CLI_OPT_HELP = -2, CLI_OPT_BAD = -3 };

/* cli_getopt is getopt_long over argv[0..argc) (argv[0]: the subcommand's
 * name, e.g. "run"), with "--opt=value" and "--opt value" both accepted and
 * options anywhere among the operands. It adds --help and -h itself. On an
 * unknown option or a missing value it prints "gorolab CMD: ..." and usage
 * on stderr and returns CLI_OPT_BAD; on --help it prints usage on stdout and
 * returns CLI_OPT_HELP. Call cli_getopt_reset before the first call. */
void cli_getopt_reset(void);
int  cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts,
                const char *usage);

/* cli_opt_end maps cli_getopt's special results to an exit status (0 for
 * help, 64 for a bad option). */
int cli_opt_end(int r);

/* cli_usage prints "gorolab CMD: msg" (msg may be NULL) and usage on stderr;
 * returns 64. */
int cli_usage(const char *cmd, const char *usage, const char *msg, ...)
    __attribute__((format(printf, 3, 4)));

/* cli_u64 parses a non-negative decimal integer. */
bool cli_u64(const char *s, uint64_t *out);

/* cli_parse_go parses a Go version "1.N" strictly (digits only, N at most
 * 999, no sign or blank): returns N, or 0 when s is not one. */
int cli_parse_go(const char *s);
/* cli_go_minor parses a --go value "1.N" into N; false (after printing why,
 * naming the versions gorolab models) when it is not one of them. */
bool cli_go_minor(const char *cmd, const char *v, int *minor);

/* cli_optname returns the long name of the option whose val is val ("seed"). */
const char *cli_optname(const struct option *longopts, int val);

/* cli_split_dashdash finds the first "--" in argv[1..argc): returns its index
 * (argc when absent). The caller parses options before it only. */
int cli_split_dashdash(int argc, char **argv);

#endif
