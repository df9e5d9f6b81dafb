/* main.c: gorolab's command line; parses arguments and calls one cli_* per subcommand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "lesson/lesson.h"
#include "tui/tui.h"

static const char usage[] =
    "usage: gorolab run FILE.go... [--seed N] [--go 1.N] [--trace FILE.json] [--max-steps N]\n"
    "                   [--max-time DURATION] [--max-goroutines N] [--max-heap MIB] [--stats]\n"
    "                   [--dump] [-- ARGS...]\n"
    "                                     run a Go program on the gorolab runtime\n"
    "                                     (exit 3: a --max-* limit ended the run)\n"
    "       gorolab run FILE.go... --schedule STRING [--memory-points]\n"
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
    "       gorolab challenges [CHALLENGE] [--lang LANG]\n"
    "                                     be the scheduler: the bundled challenges\n"
    "       gorolab [PACK] [LESSON] [--lang LANG] [--demo] [--theme default|high-contrast]\n"
    "                                     the terminal lab (on a terminal; else the lesson list);\n"
    "                                     --demo: big goroutine and channel panes for a projector\n"
    "       gorolab --help                this text\n";

/* in_pack tells whether key names a lesson of the pack at dir. */
static bool in_pack(const char *dir, const char *key)
{
    DiagList d;
    diag_init(&d, NULL);
    Pack *p = pack_load(dir, &d);
    diag_fini(&d);
    bool found = p && pack_find(p, key) != NULL;
    if (p) pack_free(p);
    return found;
}

/* lab_key tells whether key names a pack (a folder or pack.yaml), a lesson
 * YAML file, or a lesson of the bundled pack: *is_pack then says which. */
static bool lab_key(const char *key, bool *is_pack)
{
    struct stat st;
    size_t n = strlen(key);
    if (stat(key, &st) == 0) {
        *is_pack = S_ISDIR(st.st_mode) || (n >= 9 && strcmp(key + n - 9, "pack.yaml") == 0);
        return *is_pack || (n > 5 && strcmp(key + n - 5, ".yaml") == 0);
    }
    *is_pack = false;
    DiagList d;
    diag_init(&d, NULL);
    char *dir = pack_default_path();
    Pack *p = pack_load(dir, &d);
    free(dir);
    diag_fini(&d);
    bool found = p && pack_find(p, key) != NULL;
    if (p) pack_free(p);
    return found;
}

/* lab dispatches `gorolab [PACK|LESSON|PACK LESSON] [--lang LANG] [--demo] [--theme T]`;
 * -1 when argv is not that, -2 for the bare command off a terminal. */
static int lab(int argc, char **argv)
{
    TuiOptions o = {0};
    const char *keys[2];
    int nkeys = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--lang") == 0 && i + 1 < argc) { o.lang = argv[++i]; continue; }
        if (strncmp(a, "--lang=", 7) == 0) { o.lang = a + 7; continue; }
        if (strcmp(a, "--demo") == 0) { o.demo = true; continue; }
        if (strcmp(a, "--theme") == 0 || strncmp(a, "--theme=", 8) == 0) {
            const char *t = a[7] == '=' ? a + 8 : i + 1 < argc ? argv[++i] : "";
            if (strcmp(t, "high-contrast") == 0) o.theme = THEME_HIGH_CONTRAST;
            else if (strcmp(t, "default") != 0) {
                fprintf(stderr, "gorolab: unknown theme \"%s\": use default or high-contrast\n", t);
                return EXIT_USAGE;
            }
            continue;
        }
        if (a[0] == '-' || nkeys == 2) return -1;
        keys[nkeys++] = a;
    }
    const char *key = nkeys ? keys[0] : NULL;
    bool is_pack = false;
    char *chal = NULL;   /* the bundled challenges: `gorolab challenges [ID]`, or a challenge's id */
    struct stat cst;
    bool known = key && (stat(key, &cst) == 0 || strcmp(key, "challenges") != 0) && lab_key(key, &is_pack);
    if (key && !known) {
        char *dir = pack_bundled_path("challenges");
        if (strcmp(key, "challenges") == 0) {
            chal = dir;
            keys[0] = chal;
            is_pack = true;
        } else if (nkeys == 1 && in_pack(dir, key)) {
            chal = dir;
            keys[0] = chal;
            keys[1] = key;
            nkeys = 2;
            is_pack = true;
        } else {
            free(dir);
            return -1;
        }
        key = keys[0];
    }
    if (nkeys == 2 && !is_pack) { free(chal); return -1; }   /* PACK LESSON: the first must be a pack */
    o.lesson_key = nkeys == 2 ? keys[1] : key;
    if (!isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO)) {
        if (key || o.demo || o.theme) {
            fprintf(stderr, "gorolab: the lab needs a terminal; try gorolab list or gorolab grade\n");
            free(chal);
            return 1;
        }
        free(chal);
        return -2;
    }
    struct stat st;
    if (key && is_pack) {
        o.pack_path = key;
        o.lesson_key = nkeys == 2 ? keys[1] : NULL;
    } else if (key && stat(key, &st) == 0) {   /* a lesson file: a pack of one */
        o.pack_path = key;
        o.lesson_key = "1";
    }
    int rc = tui_main(&o);
    free(chal);
    return rc;
}

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
    int lst = lab(argc, argv);
    if (lst >= 0) return lst;
    if (lst == -2) {
        /* not on a terminal: show the bundled lessons and how to work on them */
        int st = cli_list(0, argv + 1);
        fputs("\ngorolab: run gorolab on a terminal for the lab, or work on a lesson with\n"
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
