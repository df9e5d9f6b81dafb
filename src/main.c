/* main.c: gorolab's command line; parses arguments and calls one cli_* per subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const char usage[] =
    "usage: gorolab run FILE.go... [--seed N] [--go 1.N] [--trace FILE.json] [--max-steps N]\n"
    "                   [--max-time DURATION] [--max-goroutines N] [--max-heap MIB] [--stats]\n"
    "                   [--dump] [-- ARGS...]\n"
    "                                     run a Go program on the gorolab runtime\n"
    "                                     (exit 3: a --max-* limit ended the run)\n"
    "       gorolab --help                this text\n";

int main(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "run") == 0) return cli_run(argc - 2, argv + 2);
    if (argc >= 2) fprintf(stderr, "gorolab: unknown command \"%s\"\n", argv[1]);
    fputs(usage, stderr);
    return EXIT_USAGE;
}
