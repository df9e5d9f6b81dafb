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
    "       gorolab run FILE.go... --schedule STRING\n"
    "                                     replay a schedule printed by gorolab explore\n"
    "       gorolab explore FILE.go... [--runs N] [--seed N] [--pct D] [--exhaustive]\n"
    "                       [--preemptions K] [--keep-going] [--race] [--max-steps N] [--stats]\n"
    "                                     run under many schedules; report the first failing one\n"
    "       gorolab list [PACK] [--lang LANG]\n"
    "                                     lessons with the learner's progress\n"
    "       gorolab reset LESSON [--pack PACK]\n"
    "                                     back up the learner's copy, restore the starter\n"
    "       gorolab grade LESSON [FILE.go...] [--format text|json|tap|junit] [--pack DIR]\n"
    "       gorolab grade --grader FILE.lua FILE.go... [--format ...]\n"
    "                                     grade the learner's program (exit 0 pass, 1 fail)\n"
    "       gorolab check [PACK|LESSON...]\n"
    "                                     validate lessons: starter fails, solution passes\n"
    "       gorolab --help                this text\n";

int main(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "run") == 0) return cli_run(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "list") == 0) return cli_list(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "reset") == 0) return cli_reset(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "explore") == 0) return cli_explore(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "grade") == 0) return cli_grade(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "check") == 0) return cli_check(argc - 2, argv + 2);
    if (argc == 1) {
        /* the lab's lesson browser is not built yet: show the bundled lessons and how to work on them */
        int st = cli_list(0, argv + 1);
        fputs("\ngorolab: the terminal lab is not in this version yet. Work on a lesson with\n"
              "  gorolab grade N     (grades your copy of lesson N: it lives under\n"
              "                      $XDG_DATA_HOME/gorolab/, by default ~/.local/share/gorolab/)\n"
              "  gorolab run FILE.go (runs any Go program on gorolab's runtime)\n",
              stderr);
        return st;
    }
    if (argc >= 2) fprintf(stderr, "gorolab: unknown command \"%s\"\n", argv[1]);
    fputs(usage, stderr);
    return EXIT_USAGE;
}
