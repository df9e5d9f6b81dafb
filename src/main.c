/* main.c: gorolab's command line; parses arguments and calls one cli_* per subcommand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "lesson/lesson.h"
#include "tui/tui.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0"
#endif

static const char usage[] =
    N_("usage: gorolab [PACK] [LESSON] [--lang LANG] [--demo] [--theme default|high-contrast]\n"
    "                                     the terminal lab (on a terminal; else the lesson list);\n"
    "                                     PACK challenges: be the scheduler (the bundled challenges)\n"
    "       gorolab run FILE.go...        run a Go program on the gorolab runtime\n"
    "       gorolab explore FILE.go...    run it under many schedules; report the first failure\n"
    "       gorolab list [PACK]           lessons with the learner's progress\n"
    "       gorolab reset LESSON          back up the learner's copy, restore the starter\n"
    "       gorolab grade LESSON [FILE.go...]\n"
    "                                     grade the learner's program (exit 0 pass, 1 fail)\n"
    "       gorolab check [PACK|LESSON...]\n"
    "                                     validate lessons: starter fails, solution passes\n"

    "       gorolab new PACK | PACK/LESSON\n"
    "                                     start a lesson pack, or a lesson in one\n"
    "       gorolab pack add DIR|FILE.tar.gz | list | remove ID\n"
    "                                     install, list and remove lesson packs\n"
    "       gorolab --version             gorolab's version\n"
    "       gorolab --help                this text; gorolab COMMAND --help: the command's\n"
    "Options of the lab: --lang LANG: the language of the lessons and of the lab\n"
    "(zh, en); --demo: big goroutine and channel panes for a projector; --theme:\n"
    "high-contrast for one.\n");

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
    char *installed = cli_pack_path(key);   /* an installed pack's id */
    if (installed) {
        free(installed);
        *is_pack = true;
        return true;
    }
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
 * -1 when argv is not that, -2 for the bare command off a terminal; an exit
 * status otherwise. */
static int lab(int argc, char **argv)
{
    TuiOptions o = {0};
    const char *keys[2] = {NULL, NULL};
    int nkeys = 0;
    enum { O_LANG = 256, O_DEMO, O_THEME, O_VERSION };
    static const struct option longopts[] = {
        {"lang", required_argument, NULL, O_LANG},
        {"demo", no_argument, NULL, O_DEMO},
        {"theme", required_argument, NULL, O_THEME},
        {"version", no_argument, NULL, O_VERSION},
        {NULL, 0, NULL, 0},
    };
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(argc, argv, "", longopts, usage)) != -1) {
        switch (c) {
        case CLI_OPT_HELP:
        case CLI_OPT_BAD: return cli_opt_end(c);
        case O_VERSION: printf("gorolab %s\n", PACKAGE_VERSION); return 0;
        case O_LANG: o.lang = optarg; break;
        case O_DEMO: o.demo = true; break;
        case O_THEME:
            if (strcmp(optarg, "high-contrast") == 0) o.theme = THEME_HIGH_CONTRAST;
            else if (strcmp(optarg, "default") != 0) {
                fprintf(stderr, "gorolab: unknown theme \"%s\": use default or high-contrast\n", optarg);
                return EXIT_USAGE;
            }
            break;
        }
    }
    for (int i = optind; i < argc; i++) {
        if (nkeys == 2) return -1;
        keys[nkeys++] = argv[i];
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
        } else if (nkeys == 1 && in_pack(dir, key)) {
            chal = dir;
            keys[0] = chal;
            keys[1] = key;
            nkeys = 2;
        } else {
            free(dir);
            return -1;
        }
        is_pack = true;
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
    char *installed = key && !chal ? cli_pack_path(key) : NULL;
    if (key && is_pack) {
        o.pack_path = installed ? installed : key;
        o.lesson_key = nkeys == 2 ? keys[1] : NULL;
    } else if (key && stat(key, &st) == 0) {   /* a lesson file: a pack of one */
        o.pack_path = key;
        o.lesson_key = "1";
    }
    int status = tui_main(&o);
    free(installed);
    free(chal);
    return status;
}

static const struct {
    const char *name;
    int (*fn)(int, char **);
} commands[] = {
    {"run", cli_run},     {"explore", cli_explore}, {"list", cli_list}, {"reset", cli_reset},
    {"grade", cli_grade}, {"check", cli_check},     {"new", cli_new},   {"pack", cli_pack},
};

int main(int argc, char **argv)
{
    i18n_init(i18n_lang_flag(argc, argv));
    /* a subcommand gets its own name as argv[0], for getopt and its messages */
    for (size_t i = 0; argc >= 2 && i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0) return commands[i].fn(argc - 1, argv + 1);
    argv[0] = "gorolab";
    int lst = lab(argc, argv);
    if (lst >= 0) return lst;
    if (lst == -2) {
        /* not on a terminal: show the bundled lessons and how to work on them */
        char *largv[] = {"list", NULL};
        int st = cli_list(1, largv);
        fputs("\ngorolab: run gorolab on a terminal for the lab, or work on a lesson with\n"
              "  gorolab grade N     (grades your copy of lesson N: it lives under\n"
              "                      $XDG_DATA_HOME/gorolab/, by default ~/.local/share/gorolab/)\n"
              "  gorolab run FILE.go (runs any Go program on gorolab's runtime)\n",
              stderr);
        return st;
    }
    if (argc >= 2) fprintf(stderr, "gorolab: unknown command \"%s\"\n", argv[1]);
    fputs(_(usage), stderr);
    return EXIT_USAGE;
}
