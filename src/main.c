/* main.c: gorolab's command line; parses arguments and calls one cli_* per subcommand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "lesson/catalogue.h"
#include "lesson/lesson.h"
#include "tui/tui.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0"
#endif

static const char usage[] =
    N_("usage: gorolab [PACK] [LESSON] [--lang LANG] [--demo] [--theme default|high-contrast]\n"
    "                                     the terminal lab (on a terminal; else the lesson list);\n"
    "                                     PACK: basics, incidents, sync, myths, challenges (bundled)\n"
    "                                     or an installed pack; LESSON: an id, or a number as\n"
    "                                     gorolab list [PACK] shows it\n"
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

/* lab_target finds what key names: a pack (a folder, a pack.yaml, an
 * installed or bundled pack's id): *pack gets its folder; a lesson YAML
 * file: *pack gets the file; a lesson of the bundled lesson packs (id, file
 * name, catalogue number) or, by id or name, of the bundled challenges:
 * *pack gets its pack's folder and *lesson its id. New strings; false when
 * key names none of them. */
static bool lab_target(const char *key, char **pack, char **lesson, bool *is_pack)
{
    struct stat st;
    size_t n = strlen(key);
    *pack = *lesson = NULL;
    *is_pack = false;
    if (stat(key, &st) == 0) {
        *is_pack = S_ISDIR(st.st_mode) || (n >= 9 && strcmp(key + n - 9, "pack.yaml") == 0);
        if (!*is_pack && !(n > 5 && strcmp(key + n - 5, ".yaml") == 0)) return false;
        *pack = xstrdup(key);
        return true;
    }
    if ((*pack = cli_pack_path(key))) {
        *is_pack = true;
        return true;
    }
    if ((*pack = pack_catalogue_find(key, lesson))) return true;
    char *chal = pack_bundled_path("challenges");
    if (strspn(key, "0123456789") != n && in_pack(chal, key)) {   /* a challenge, by id or name */
        *pack = chal;
        *lesson = xstrdup(key);
        return true;
    }
    free(chal);
    return false;
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
    char *pack = NULL, *lesson = NULL;
    if (key && !lab_target(key, &pack, &lesson, &is_pack)) return -1;
    if (nkeys == 2 && !is_pack) {   /* PACK LESSON: the first must be a pack */
        free(pack);
        free(lesson);
        return -1;
    }
    if (!isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO)) {
        free(pack);
        free(lesson);
        if (key || o.demo || o.theme) {
            fprintf(stderr, "gorolab: the lab needs a terminal; try gorolab list or gorolab grade\n");
            return 1;
        }
        return -2;
    }
    o.pack_path = pack;
    if (is_pack) o.lesson_key = nkeys == 2 ? keys[1] : NULL;
    else if (lesson) o.lesson_key = lesson;
    else if (key) o.lesson_key = "1";   /* a lesson file: a pack of one */
    int status = tui_main(&o);
    free(pack);
    free(lesson);
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
