/* lesson_test.c: unit tests for lesson/ (packs, validation diagnostics, the
 * workspace, progress). Everything happens in a temp folder; XDG_* point there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lesson/lesson.h"
#include "lesson/yaml.h"
#include "tap.h"

static char root[512];

static void put(const char *rel, const char *text)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    for (char *s = path + strlen(root) + 1; *s; s++)
        if (*s == '/') {
            *s = 0;
            mkdir(path, 0755);
            *s = '/';
        }
    FILE *f = fopen(path, "w");
    if (!f) { perror(path); exit(1); }
    fputs(text, f);
    fclose(f);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return buf;
}

static char *pathof(const char *rel)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    return path;
}

static const char good[] =
    "id: unclosed-channel\n"
    "title: Unclosed channel — range that never ends\n"
    "level: 1\n"
    "tags: [leak, channel]\n"
    "go: \"1.22\"\n"
    "story: |\n"
    "  A payment gateway fans results out.\n"
    "goal: Every worker exits.\n"
    "explanation: The sender closes.\n"
    "scenario:\n"
    "  files: [01-a/main.go, 01-a/util.go]\n"
    "  edit: [01-a/main.go]\n"
    "  solution: [01-a/solution.go]\n"
    "watch:\n"
    "  channels: [results]\n"
    "  funcs: [worker]\n"
    "grader: 01-a.lua\n"
    "hints:\n"
    "  - Who knows no more results are coming?\n"
    "  - The sender closes.\n"
    "i18n:\n"
    "  zh:\n"
    "    title: 未关闭的通道\n"
    "    story: 故事\n"
    "    goal: 目标\n"
    "    explanation: 解释\n"
    "    hints: [谁知道?, 发送者关闭。]\n";

/* load_one writes TEXT as pack/x.yaml (a pack without pack.yaml) and returns
 * the diagnostics, one per line, as file:line:col: msg with the file's base name. */
static const char *diags_of(const char *text)
{
    static char out[8192];
    put("bad/x.yaml", text);
    DiagList d;
    diag_init(&d, NULL);
    Pack *p = pack_load(pathof("bad/x.yaml"), &d);
    out[0] = 0;
    diag_sort(&d);
    for (int i = 0; i < d.len; i++) {
        const char *f = d.files[d.items[i].pos.file];
        const char *b = strrchr(f, '/');
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s:%u:%u: %s\n", b ? b + 1 : f, d.items[i].pos.line,
                 d.items[i].pos.col, d.items[i].msg);
    }
    if (p) ok(p->nlessons == 1 && p->lessons[0]->broken == (d.len > 0),
              "a broken lesson is loaded and marked broken");
    pack_free(p);
    diag_fini(&d);
    return out;
}

static char *replace(const char *s, const char *from, const char *to)
{
    static char buf[8192];
    char src[8192];
    snprintf(src, sizeof src, "%s", s);
    s = src;
    const char *at = strstr(s, from);
    if (!at) { snprintf(buf, sizeof buf, "%s", s); return buf; }
    snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - s), s, to, at + strlen(from));
    return buf;
}

int main(void)
{
    plan_lazy();
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/lesson_test.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(root)) { perror("mkdtemp"); return 1; }
    char env[1024];
    snprintf(env, sizeof env, "%s/data", root);
    setenv("XDG_DATA_HOME", env, 1);
    snprintf(env, sizeof env, "%s/state", root);
    setenv("XDG_STATE_HOME", env, 1);
    unsetenv("GOROLAB_PACK");

    /* ---- a valid pack ---- */
    put("pack/pack.yaml", "id: demo\ntitle: Demo\nversion: \"1.0\"\nlanguage: en\n"
                          "lessons: [01-a.yaml, 02-b.yaml]\n");
    put("pack/01-a.yaml", good);
    put("pack/02-b.yaml", replace(good, "id: unclosed-channel", "id: second"));
    put("pack/01-a.lua", "return pass('ok')\n");
    put("scenarios/01-a/main.go", "package main\n\nfunc main() {}\n");
    put("scenarios/01-a/util.go", "package main\n");
    put("scenarios/01-a/solution.go", "package main\n// solution\nfunc main() {}\n");
    /* scenarios/ beside the pack folder, as in the repo (lessons/ + scenarios/) */
    DiagList d;
    diag_init(&d, NULL);
    Pack *p = pack_load(pathof("pack"), &d);
    ok(p != NULL, "the valid pack loads");
    is_int(d.len, 0, "with no diagnostics");
    if (d.len) diag_print(&d, stderr);
    ok(d.files == lesson_files(), "diagnostics index lesson_files()");
    is_str(p->id, "demo", "pack id");
    is_str(p->language, "en", "pack language");
    is_int(p->nlessons, 2, "two lessons");
    Lesson *l = pack_lesson(p, 1);
    ok(l && !l->broken, "lesson 1 is not broken");
    is_str(l->id, "unclosed-channel", "id");
    is_int(l->level, 1, "level");
    is_int(l->tags.len, 2, "tags");
    is_str(l->go, "1.22", "go version");
    is_str(l->story, "A payment gateway fans results out.\n", "story keeps the literal block");
    is_int(l->hints.len, 2, "hints");
    is_str(l->watch_channels.items[0], "results", "watch.channels");
    is_str(l->watch_funcs.items[0], "worker", "watch.funcs");
    ok(l->files_abs.items[0][0] == '/' && strstr(l->files_abs.items[0], "/scenarios/01-a/main.go"),
       "scenario paths are absolute: %s", l->files_abs.items[0]);
    ok(strstr(l->grader_abs, "/pack/01-a.lua") != NULL, "grader beside the YAML");
    ok(pack_find(p, "second") == pack_lesson(p, 2), "find by id");
    ok(pack_find(p, "2") == pack_lesson(p, 2), "find by number");
    ok(pack_find(p, "01-a") == l, "find by file name without .yaml");
    ok(pack_find(p, "nope") == NULL, "unknown lesson");

    LessonText t;
    lesson_text(l, NULL, &t);
    is_str(t.title, "Unclosed channel — range that never ends", "default title");
    lesson_text(l, "zh", &t);
    is_str(t.title, "未关闭的通道", "zh title (UTF-8)");
    is_str(t.hints->items[1], "发送者关闭。", "zh hints");
    is_str(t.lang, "zh", "lang used");
    lesson_text(l, "fr", &t);
    is_str(t.goal, "Every worker exits.", "an unknown language falls back");
    setenv("LANG", "zh_CN.UTF-8", 1);
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANGUAGE");
    is_str(lesson_lang(NULL), "zh", "LANG=zh_CN picks zh");
    is_str(lesson_lang("en"), "en", "--lang wins");
    setenv("LANG", "C.UTF-8", 1);
    ok(lesson_lang(NULL) == NULL, "LANG=C: the default language");

    int n;
    const char **prog = lesson_program(l, NULL, true, &n);
    is_int(n, 2, "the program has both files");
    ok(strstr(prog[0], "solution.go") && strstr(prog[1], "util.go"), "solution replaces edit");
    free(prog);

    /* ---- workspace ---- */
    char *cause = NULL;
    Workspace *w = ws_open(l, &cause);
    ok(w != NULL, "ws_open");
    is_int(w->paths.len, 1, "one editable file");
    ok(strstr(w->paths.items[0], "/data/gorolab/demo/unclosed-channel/main.go") != NULL,
       "workspace path: %s", w->paths.items[0]);
    is_str(slurp(w->paths.items[0]), "package main\n\nfunc main() {}\n", "starter copied");
    FILE *f = fopen(w->paths.items[0], "w");
    fputs("package main // mine\n", f);
    fclose(f);
    ws_free(w);
    w = ws_open(l, &cause);
    is_str(slurp(w->paths.items[0]), "package main // mine\n", "a second open keeps the learner's copy");
    prog = lesson_program(l, (const char *const *)w->paths.items, false, &n);
    is_str(prog[0], w->paths.items[0], "program uses the learner's copy");
    free(prog);
    StrList backups = {NULL, 0};
    ok(ws_reset(l, &backups, &cause), "ws_reset");
    is_int(backups.len, 1, "one backup");
    ok(backups.len && strstr(backups.items[0], "main.go.") && strstr(backups.items[0], ".bak"),
       "backup named main.go.TIMESTAMP.bak");
    is_str(backups.len ? slurp(backups.items[0]) : "", "package main // mine\n", "backup holds the learner's code");
    is_str(slurp(w->paths.items[0]), "package main\n\nfunc main() {}\n", "starter restored");
    strlist_fini(&backups);
    ok(ws_reset(l, &backups, &cause), "a second reset");
    is_int(backups.len, 1, "makes a second backup");
    strlist_fini(&backups);
    ws_free(w);

    /* ---- progress ---- */
    char *warn = NULL;
    char *pp = prog_path();
    ok(strstr(pp, "/state/gorolab/progress") != NULL, "progress under XDG_STATE_HOME");
    Progress *pr = prog_open(NULL, &warn);
    ok(warn == NULL, "no progress file: no warning");
    ProgEntry e;
    prog_get(pr, "demo", "unclosed-channel", &e);
    ok(e.status == PROG_NEW && e.hints == 0, "unknown lesson: new");
    prog_set(pr, "demo", "unclosed-channel", &(ProgEntry){PROG_DONE, 2, 42});
    prog_set(pr, "demo", "second", &(ProgEntry){PROG_STARTED, 0, 7});
    ok(prog_save(pr, &cause), "prog_save");
    prog_free(pr);
    pr = prog_open(NULL, &warn);
    prog_get(pr, "demo", "unclosed-channel", &e);
    ok(e.status == PROG_DONE && e.hints == 2 && e.seed == 42, "progress reads back");
    prog_free(pr);
    /* an interrupted write: a half-written temp file must not matter */
    char tmpp[1100];
    snprintf(tmpp, sizeof tmpp, "%s.tmp", pp);
    f = fopen(tmpp, "w");
    fputs("# gorolab progress 1\ndemo unclosed-ch", f);
    fclose(f);
    pr = prog_open(NULL, &warn);
    ok(warn == NULL, "a leftover temp file is ignored");
    prog_get(pr, "demo", "second", &e);
    ok(e.status == PROG_STARTED && e.seed == 7, "the real file is intact");
    prog_set(pr, "demo", "second", &(ProgEntry){PROG_DONE, 1, 8});
    ok(prog_save(pr, &cause), "saving over a leftover temp file");
    prog_free(pr);
    ok(access(tmpp, F_OK) != 0, "no temp file after a save");
    pr = prog_open(NULL, &warn);
    prog_get(pr, "demo", "second", &e);
    ok(e.status == PROG_DONE && e.hints == 1, "the new content is there");
    prog_free(pr);
    /* a damaged row: reported and skipped, every other row kept, nothing lost */
    f = fopen(pp, "w");
    fputs("# gorolab progress 1\r\ndemo a done 0 1\r\ndemo b finished 0 1\ndemo c started 2 5\ndemo d do", f);
    fclose(f);
    pr = prog_open(NULL, &warn);
    ok(warn && strstr(warn, "skipped line 3 (unknown status), line 5 (a truncated last row)"),
       "damaged rows are reported: %s", warn ? warn : "(none)");
    free(warn);
    prog_get(pr, "demo", "a", &e);
    ok(e.status == PROG_DONE && e.seed == 1, "a CRLF row reads");
    prog_get(pr, "demo", "c", &e);
    ok(e.status == PROG_STARTED && e.hints == 2, "the row after a bad one is kept");
    ok(prog_save(pr, &cause), "and can be saved again");
    prog_free(pr);
    f = fopen(pp, "r");
    char all[512] = "";
    size_t got = f ? fread(all, 1, sizeof all - 1, f) : 0;
    all[got] = 0;
    if (f) fclose(f);
    ok(strstr(all, "demo b finished 0 1\n") && strstr(all, "demo d do\n"),
       "an unreadable row is written back unchanged (a newer gorolab's)");
    /* ids with a space, a percent sign, or empty */
    pr = prog_open(NULL, &warn);
    free(warn);
    prog_set(pr, "my pack", "first", &(ProgEntry){PROG_DONE, 1, 3});
    prog_set(pr, "", "second", &(ProgEntry){PROG_STARTED, 0, 4});
    prog_set(pr, "100%\tok", "x", &(ProgEntry){PROG_DONE, 0, 5});
    prog_set(pr, "# gorolab progress 1", "", &(ProgEntry){PROG_DONE, 0, 6});   /* found by fuzz_progress */
    ok(prog_save(pr, &cause), "odd ids save");
    prog_free(pr);
    pr = prog_open(NULL, &warn);
    ok(warn && strstr(warn, "skipped line 8 (unknown status), line 9 (too few fields); every"),
       "odd ids read back; only the two kept rows are reported: %s", warn ? warn : "");
    free(warn);
    prog_get(pr, "my pack", "first", &e);
    ok(e.status == PROG_DONE && e.seed == 3, "a pack id with a space is saved");
    prog_get(pr, "", "second", &e);
    ok(e.status == PROG_STARTED && e.seed == 4, "an empty pack id is saved");
    prog_get(pr, "100%\tok", "x", &e);
    ok(e.status == PROG_DONE && e.seed == 5, "a pack id with %% and a tab is saved");
    prog_get(pr, "# gorolab progress 1", "", &e);
    ok(e.status == PROG_DONE && e.seed == 6, "a pack id that starts with # is not read as a comment");
    prog_free(pr);
    /* two writers: neither erases what the other saved */
    Progress *one = prog_open(NULL, &warn);
    free(warn);
    Progress *two = prog_open(NULL, &warn);
    free(warn);
    prog_set(one, "demo", "p1", &(ProgEntry){PROG_DONE, 0, 1});
    ok(prog_save(one, &cause), "the first writer saves a pass");
    prog_set(two, "demo", "p2", &(ProgEntry){PROG_STARTED, 1, 2});
    prog_set(two, "demo", "c", &(ProgEntry){PROG_NEW, 0, 9});
    ok(prog_save(two, &cause), "the second writer saves its own");
    prog_get(two, "demo", "p1", &e);
    ok(e.status == PROG_DONE, "the second writer now sees the first one's pass");
    prog_get(two, "demo", "c", &e);
    ok(e.status == PROG_STARTED && e.hints == 2 && e.seed == 9, "a status or a hint seen is never taken back");
    prog_free(one);
    prog_free(two);
    pr = prog_open(NULL, &warn);
    free(warn);
    prog_get(pr, "demo", "p1", &e);
    ok(e.status == PROG_DONE, "no lost pass");
    prog_free(pr);
    /* a directory in place of the file */
    unlink(pp);
    mkdir(pp, 0755);
    pr = prog_open(NULL, &warn);
    ok(warn && strstr(warn, "is a directory"), "a directory in place of the file warns: %s", warn ? warn : "(none)");
    free(warn);
    prog_set(pr, "demo", "a", &(ProgEntry){PROG_DONE, 0, 1});
    ok(!prog_save(pr, &cause) && cause, "and saving says it failed: %s", cause ? cause : "");
    free(cause);
    cause = NULL;
    prog_free(pr);
    rmdir(pp);
    free(pp);
    pack_free(p);
    diag_fini(&d);

    /* ---- diagnostics ---- */
    put("bad/01-a.lua", "return pass('ok')\n");
    put("bad/scenarios/01-a/main.go", "package main\n");
    put("bad/scenarios/01-a/util.go", "package main\n");
    put("bad/scenarios/01-a/solution.go", "package main\n");
    is_str(diags_of(good), "", "the good lesson alone has no diagnostics");
    is_str(diags_of(replace(good, "level: 1", "level: high")),
           "x.yaml:3:8: level must be an integer from 1 to 5\n", "level type");
    is_str(diags_of(replace(good, "tags: [leak, channel]", "tags: leak")),
           "x.yaml:4:7: tags must be a list of strings\n", "tags type");
    is_str(diags_of(replace(good, "hints:\n  - Who knows no more results are coming?\n  - The sender closes.\n",
                            "hints: {a: b}\n")),
           "x.yaml:18:8: hints must be a list of strings\n", "hints type");
    is_str(diags_of(replace(good, "goal: Every worker exits.\n", "")),
           "x.yaml:1:1: missing required field \"goal\"\n", "missing field");
    is_str(diags_of(replace(good, "hints:", "hint:")),
           "x.yaml:1:1: missing required field \"hints\"\n"
           "x.yaml:18:1: unknown field \"hint\" (did you mean \"hints\"?)\n",
           "unknown key with a suggestion");
    is_str(diags_of(replace(good, "watch:", "wotch:")),
           "x.yaml:14:1: unknown field \"wotch\" (did you mean \"watch\"?)\n",
           "a misspelt mapping: its children are not checked");
    is_str(diags_of(replace(good, "01-a/util.go", "01-a/nope.go")),
           "x.yaml:11:25: scenario file \"01-a/nope.go\" does not exist\n", "missing file");
    is_str(diags_of(replace(good, "grader: 01-a.lua", "grader: 01-b.lua")),
           "x.yaml:17:9: grader file \"01-b.lua\" does not exist\n", "missing grader");
    is_str(diags_of(replace(good, "    goal: 目标\n", "")),
           "x.yaml:23:5: i18n.zh: missing field \"goal\" (the default language has it)\n",
           "i18n missing field");
    is_str(diags_of(replace(good, "level: 1\n", "level: 1\n  bad: indent\n")),
           "x.yaml:4:6: mapping values are not allowed in this context\n", "YAML syntax error");
    is_str(diags_of(replace(good, "story: |", "story: |\n\t")),
           "x.yaml:7:1: found a tab character where an indentation space is expected (while scanning a block scalar at 6:8)\n",
           "YAML syntax error with context");
    const char *many = diags_of(replace(replace(good, "level: 1", "level: 9"), "go: \"1.22\"", "go: [1]"));
    ok(strstr(many, "level must") && strstr(many, "go must be a string"),
       "every problem is reported, not just the first");

    /* duplicate ids in a pack; a missing lesson file; a broken lesson keeps the pack */
    put("dup/pack.yaml", "id: dup\nlessons: [a.yaml, b.yaml, c.yaml]\n");
    put("dup/a.yaml", good);
    put("dup/b.yaml", good);
    put("dup/01-a.lua", "");
    put("dup/scenarios/01-a/main.go", "package main\n");
    put("dup/scenarios/01-a/util.go", "package main\n");
    put("dup/scenarios/01-a/solution.go", "package main\n");
    diag_init(&d, NULL);
    p = pack_load(pathof("dup"), &d);
    ok(p && p->nlessons == 3, "the pack loads with its broken lessons");
    ok(p && !p->lessons[0]->broken && p->lessons[1]->broken && p->lessons[2]->broken,
       "only the broken lessons are marked");
    ok(p && p->lessons[1]->diags.len == 1 &&
       strstr(p->lessons[1]->diags.items[0].msg, "duplicate id \"unclosed-channel\" (also used by ") &&
       p->lessons[1]->diags.items[0].pos.line == 1 && p->lessons[1]->diags.items[0].pos.col == 5,
       "duplicate id at b.yaml:1:5");
    ok(p && strstr(p->lessons[2]->diags.items[0].msg, "lesson file \"c.yaml\" does not exist") &&
       p->lessons[2]->diags.items[0].pos.line == 2 && p->lessons[2]->diags.items[0].pos.col == 27,
       "missing lesson file at pack.yaml:2:27");
    is_int(d.len, 2, "the pack's DiagList has both");
    pack_free(p);
    diag_fini(&d);

    /* pack.yaml that cannot load */
    put("nopack/pack.yaml", "id: [\n");
    diag_init(&d, NULL);
    p = pack_load(pathof("nopack"), &d);
    ok(p == NULL && d.len == 1, "a broken pack.yaml: NULL and a diagnostic");
    diag_fini(&d);
    diag_init(&d, NULL);
    ok(pack_load(pathof("no-such-dir"), &d) == NULL && d.len == 1, "no such pack");
    diag_fini(&d);

    is_int(yx_edit_distance("scenaro", "scenario"), 1, "edit distance");
    static const char *const keys[] = {"id", "title", "scenario", "hints", NULL};
    is_str(yx_suggest("scenaro", keys), "scenario", "suggestion");
    ok(yx_suggest("zzz", keys) == NULL, "no suggestion when nothing is close");
    char cmd[1100];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0) diag("could not remove %s", root);
    return done_testing();
}
