/* lesson/lesson.c: one lesson YAML file -> Lesson, with validation.
 *
 * Every problem is reported (not just the first), Go-style, at the position
 * of the offending node: wrong types, missing required fields, unknown keys
 * with a suggestion, files that do not exist, i18n blocks missing a field the
 * default language has. A lesson with any problem is marked broken.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/xalloc.h"
#include "lesson/lesson_priv.h"
#include "lesson/yaml.h"

static const char *const top_keys[] = {
    "id", "title", "level", "tags", "go", "story", "goal", "explanation",
    "scenario", "watch", "grader", "hints", "i18n", "mode", "switch_points", NULL,
};
static const char *const scenario_keys[] = {"files", "edit", "solution", NULL};
static const char *const watch_keys[] = {"channels", "funcs", NULL};
static const char *const i18n_keys[] = {"title", "story", "goal", "explanation", "hints", NULL};

void strlist_push(StrList *s, const char *v)
{
    s->items = xrealloc(s->items, (size_t)(s->len + 2) * sizeof *s->items);
    s->items[s->len++] = xstrdup(v);
    s->items[s->len] = NULL;
}

void strlist_fini(StrList *s)
{
    for (int i = 0; i < s->len; i++) free(s->items[i]);
    free(s->items);
    s->items = NULL;
    s->len = 0;
}

char *path_join(const char *a, const char *b)
{
    if (b[0] == '/') return xstrdup(b);
    size_t la = strlen(a);
    while (la > 1 && a[la - 1] == '/') la--;
    char *r = xmalloc(la + strlen(b) + 2);
    memcpy(r, a, la);
    r[la] = '/';
    strcpy(r + la + 1, b);
    return r;
}

typedef struct Ctx {
    YxDoc   *y;
    Lesson  *l;
    DiagList *d;
} Ctx;

/* get_string reads key of m as a string. required: report when missing. */
static char *get_string(Ctx *c, yaml_node_t *m, const char *key, const char *full,
                        bool required, SrcPos *at)
{
    yaml_node_t *v = yx_get(c->y, m, key, NULL);
    if (!v || (v->type == YAML_SCALAR_NODE && yx_is_null(v))) {
        if (required) {
            SrcPos p = v ? yx_pos(c->y, v) : yx_pos(c->y, m);
            if (v)
                diag_add(c->d, p, "%s must not be empty", full);
            else
                diag_add(c->d, p, "missing required field \"%s\"", full);
        }
        return NULL;
    }
    if (v->type != YAML_SCALAR_NODE) {
        diag_add(c->d, yx_pos(c->y, v), "%s must be a string", full);
        return NULL;
    }
    if (at) *at = yx_pos(c->y, v);
    if (required && strspn(yx_str(v), " \t\r\n") == strlen(yx_str(v))) {
        diag_add(c->d, yx_pos(c->y, v), "%s must not be empty", full);
        return NULL;
    }
    return xstrdup(yx_str(v));
}

/* get_list reads key of m as a list of strings into out; *node receives the
 * list node (or NULL). min: the least number of items. */
static bool get_list(Ctx *c, yaml_node_t *m, const char *key, const char *full, bool required,
                     int min, StrList *out, yaml_node_t **node)
{
    if (node) *node = NULL;
    yaml_node_t *v = yx_get(c->y, m, key, NULL);
    if (!v || yx_is_null(v)) {
        if (required && !v)
            diag_add(c->d, yx_pos(c->y, m), "missing required field \"%s\"", full);
        else if (required)
            diag_add(c->d, yx_pos(c->y, v), "%s must be a list of strings", full);
        return !required;
    }
    if (v->type != YAML_SEQUENCE_NODE) {
        diag_add(c->d, yx_pos(c->y, v), "%s must be a list of strings", full);
        return false;
    }
    bool ok = true;
    for (yaml_node_item_t *i = v->data.sequence.items.start; i < v->data.sequence.items.top; i++) {
        yaml_node_t *e = yx_node(c->y, *i);
        if (e->type != YAML_SCALAR_NODE || yx_is_null(e)) {
            diag_add(c->d, yx_pos(c->y, e), "%s must be a list of strings", full);
            ok = false;
            continue;
        }
        strlist_push(out, yx_str(e));
    }
    if (ok && out->len < min) {
        diag_add(c->d, yx_pos(c->y, v), "%s must list at least %d item%s", full, min,
                 min == 1 ? "" : "s");
        ok = false;
    }
    if (node) *node = v;
    return ok;
}

bool lesson_valid_id(const char *s)
{
    if (!*s || !(islower((unsigned char)*s) || isdigit((unsigned char)*s))) return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-' || *s == '_'))
            return false;
    return true;
}

static bool valid_go(const char *s)
{
    if (strncmp(s, "1.", 2) != 0 || !s[2] || strlen(s + 2) > 3) return false;
    for (s += 2; *s; s++)
        if (!isdigit((unsigned char)*s)) return false;
    return true;
}

bool lesson_safe_rel(const char *s)
{
    if (!*s || s[0] == '/') return false;
    for (const char *p = s; *p;) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 2 && p[0] == '.' && p[1] == '.') return false;
        if (!e) break;
        p = e + 1;
    }
    return true;
}

char *lesson_inside(const char *path, const char *root)
{
    char *rp = realpath(path, NULL);
    if (!rp) return xstrdup(path);
    size_t n = strlen(root);
    if (strncmp(rp, root, n) == 0 && (rp[n] == '/' || (n == 1 && root[0] == '/'))) {
        free(rp);
        return NULL;
    }
    return rp;
}

/* check_file reports (at p) a file the lesson names (rel, at abs) that is not
 * a readable regular file inside the pack. */
static void check_file(Ctx *c, SrcPos p, const char *what, const char *rel, const char *abs)
{
    struct stat st;
    char *out = NULL;
    if (!*rel)
        diag_add(c->d, p, "%s must not be empty", what);
    else if (!lesson_safe_rel(rel))
        diag_add(c->d, p, "%s \"%s\" must be a relative path inside the pack", what, rel);
    else if (stat(abs, &st) != 0 || access(abs, R_OK) != 0)
        diag_add(c->d, p, "%s \"%s\" does not exist", what, rel);
    else if (S_ISDIR(st.st_mode))
        diag_add(c->d, p, "%s \"%s\" is a directory, not a file", what, rel);
    else if (!S_ISREG(st.st_mode))
        diag_add(c->d, p, "%s \"%s\" is not a regular file", what, rel);
    else if (c->l->pack && c->l->pack->root && (out = lesson_inside(abs, c->l->pack->root)))
        diag_add(c->d, p, "%s \"%s\" is a symbolic link out of the pack (to %s)", what, rel, out);
    free(out);
}

/* resolve makes absolute paths for the items of list (node: the YAML list),
 * reporting those that are unsafe or missing. */
static void resolve(Ctx *c, yaml_node_t *node, const StrList *rel, StrList *abs, const char *base,
                    const char *what)
{
    for (int i = 0; i < rel->len; i++) {
        SrcPos p = yx_pos(c->y, node);
        if (node && node->type == YAML_SEQUENCE_NODE &&
            node->data.sequence.items.start + i < node->data.sequence.items.top)
            p = yx_pos(c->y, yx_node(c->y, node->data.sequence.items.start[i]));
        char *a = path_join(base, rel->items[i]);
        check_file(c, p, what, rel->items[i], a);
        strlist_push(abs, a);
        free(a);
    }
}

static void parse_scenario(Ctx *c, yaml_node_t *root)
{
    Lesson *l = c->l;
    yaml_node_t *s = yx_get(c->y, root, "scenario", NULL);
    if (!s) {
        diag_add(c->d, yx_pos(c->y, root), "missing required field \"scenario\"");
        return;
    }
    if (s->type != YAML_MAPPING_NODE) {
        diag_add(c->d, yx_pos(c->y, s), "scenario must be a mapping (files, edit, solution)");
        return;
    }
    yx_check_keys(c->y, s, scenario_keys, "scenario.", c->d);
    yaml_node_t *nf, *ne, *ns;
    get_list(c, s, "files", "scenario.files", true, 1, &l->files, &nf);
    if (l->mode == LESSON_SCHEDULE) {
        /* a challenge: nothing to edit; the solution is one schedule file */
        ne = yx_get(c->y, s, "edit", NULL);
        if (ne && !yx_is_null(ne))
            diag_add(c->d, yx_pos(c->y, ne), "scenario.edit: a lesson with mode: schedule has no editable "
                     "file (the learner picks the schedule)");
        ne = NULL;
    } else {
        get_list(c, s, "edit", "scenario.edit", true, 1, &l->edit, &ne);
    }
    get_list(c, s, "solution", "scenario.solution", false, 0, &l->solution, &ns);
    const char *base = l->pack->scenarios;
    resolve(c, nf, &l->files, &l->files_abs, base, "scenario file");
    resolve(c, ne, &l->edit, &l->edit_abs, base, "scenario file");
    resolve(c, ns, &l->solution, &l->solution_abs, base, "solution file");
    for (int i = 0; i < l->edit.len; i++) {
        bool found = false;
        for (int j = 0; j < l->files.len; j++)
            if (strcmp(l->edit.items[i], l->files.items[j]) == 0) found = true;
        if (!found && nf && ne && ne->type == YAML_SEQUENCE_NODE)
            diag_add(c->d, yx_pos(c->y, yx_node(c->y, ne->data.sequence.items.start[i])),
                     "scenario.edit: \"%s\" is not one of scenario.files", l->edit.items[i]);
        for (int j = 0; j < i; j++) {
            const char *a = strrchr(l->edit.items[i], '/'), *b = strrchr(l->edit.items[j], '/');
            a = a ? a + 1 : l->edit.items[i];
            b = b ? b + 1 : l->edit.items[j];
            if (strcmp(a, b) == 0 && ne && ne->type == YAML_SEQUENCE_NODE)
                diag_add(c->d, yx_pos(c->y, yx_node(c->y, ne->data.sequence.items.start[i])),
                         "scenario.edit: two editable files named \"%s\"", a);
        }
    }
    if (l->mode == LESSON_SCHEDULE && (!ns || l->solution.len != 1))
        diag_add(c->d, yx_pos(c->y, ns ? ns : s),
                 "scenario.solution: a lesson with mode: schedule lists one file holding a schedule that "
                 "reaches the goal");
    if (ns && l->solution.len != l->edit.len && l->edit.len > 0)
        diag_add(c->d, yx_pos(c->y, ns),
                 "scenario.solution must list one file per scenario.edit file (%d, not %d)",
                 l->edit.len, l->solution.len);
}

static void parse_watch(Ctx *c, yaml_node_t *root)
{
    yaml_node_t *w = yx_get(c->y, root, "watch", NULL);
    if (!w || yx_is_null(w)) return;
    if (w->type != YAML_MAPPING_NODE) {
        diag_add(c->d, yx_pos(c->y, w), "watch must be a mapping (channels, funcs)");
        return;
    }
    yx_check_keys(c->y, w, watch_keys, "watch.", c->d);
    get_list(c, w, "channels", "watch.channels", false, 0, &c->l->watch_channels, NULL);
    get_list(c, w, "funcs", "watch.funcs", false, 0, &c->l->watch_funcs, NULL);
}

static void parse_i18n(Ctx *c, yaml_node_t *root)
{
    Lesson *l = c->l;
    yaml_node_t *m = yx_get(c->y, root, "i18n", NULL);
    if (!m || yx_is_null(m)) return;
    if (m->type != YAML_MAPPING_NODE) {
        diag_add(c->d, yx_pos(c->y, m), "i18n must be a mapping from language to text");
        return;
    }
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yx_node(c->y, p->key), *v = yx_node(c->y, p->value);
        const char *lang = yx_str(k);
        if (!lang || !*lang) {
            diag_add(c->d, yx_pos(c->y, k), "i18n keys must be language codes such as \"zh\"");
            continue;
        }
        char full[64], pre[64];
        snprintf(pre, sizeof pre, "i18n.%s.", lang);
        if (v->type != YAML_MAPPING_NODE) {
            diag_add(c->d, yx_pos(c->y, v), "i18n.%s must be a mapping (title, story, goal, "
                     "explanation, hints)", lang);
            continue;
        }
        yx_check_keys(c->y, v, i18n_keys, pre, c->d);
        l->i18n = xrealloc(l->i18n, (size_t)(l->ni18n + 1) * sizeof *l->i18n);
        LessonI18n *t = &l->i18n[l->ni18n++];
        memset(t, 0, sizeof *t);
        t->lang = xstrdup(lang);
#define FIELD(f)                                                           \
        snprintf(full, sizeof full, "i18n.%s." #f, lang);                  \
        t->f = get_string(c, v, #f, full, false, NULL);                    \
        if (!t->f && l->f && !yx_get(c->y, v, #f, NULL))                   \
            diag_add(c->d, yx_pos(c->y, v),                                \
                     "i18n.%s: missing field \"" #f "\" (the default language has it)", lang);
        FIELD(title)
        FIELD(story)
        FIELD(goal)
        FIELD(explanation)
#undef FIELD
        snprintf(full, sizeof full, "i18n.%s.hints", lang);
        yaml_node_t *hn;
        get_list(c, v, "hints", full, false, 0, &t->hints, &hn);
        if (!hn && !yx_get(c->y, v, "hints", NULL) && l->hints.len > 0)
            diag_add(c->d, yx_pos(c->y, v),
                     "i18n.%s: missing field \"hints\" (the default language has it)", lang);
        else if (hn && t->hints.len != l->hints.len && l->hints.len > 0)
            diag_add(c->d, yx_pos(c->y, hn), "i18n.%s.hints has %d hint%s; the default language "
                     "has %d", lang, t->hints.len, t->hints.len == 1 ? "" : "s", l->hints.len);
    }
}

static void parse(Ctx *c)
{
    Lesson *l = c->l;
    yaml_node_t *root = yx_root(c->y);
    if (!root) {
        diag_add(c->d, (SrcPos){1, 1, c->y->file}, "empty lesson file");
        return;
    }
    if (root->type != YAML_MAPPING_NODE) {
        diag_add(c->d, yx_pos(c->y, root), "a lesson must be a mapping (id, title, level, ...)");
        return;
    }
    yx_check_keys(c->y, root, top_keys, "", c->d);

    SrcPos at = {0, 0, 0};
    l->id = get_string(c, root, "id", "id", true, &at);
    if (l->id) {
        l->id_pos = at;
        if (!lesson_valid_id(l->id))
            diag_add(c->d, at, "id \"%s\" must use lowercase letters, digits and dashes", l->id);
    }
    l->title = get_string(c, root, "title", "title", true, NULL);
    yaml_node_t *lv = yx_get(c->y, root, "level", NULL);
    if (!lv) {
        diag_add(c->d, yx_pos(c->y, root), "missing required field \"level\"");
    } else {
        const char *s = yx_str(lv);
        char *end = NULL;
        long n = s && lv->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? strtol(s, &end, 10) : 0;
        if (!s || !*s || !end || *end || n < LESSON_LEVEL_MIN || n > LESSON_LEVEL_MAX)
            diag_add(c->d, yx_pos(c->y, lv), "level must be an integer from %d to %d",
                     LESSON_LEVEL_MIN, LESSON_LEVEL_MAX);
        else
            l->level = (int)n;
    }
    get_list(c, root, "tags", "tags", false, 0, &l->tags, NULL);
    l->go = get_string(c, root, "go", "go", false, &at);
    if (l->go && !valid_go(l->go))
        diag_add(c->d, at, "go must be a Go version such as \"1.22\", not \"%s\"", l->go);
    l->story = get_string(c, root, "story", "story", true, NULL);
    l->goal = get_string(c, root, "goal", "goal", true, NULL);
    l->explanation = get_string(c, root, "explanation", "explanation", false, NULL);
    char *mode = get_string(c, root, "mode", "mode", false, &at);
    if (mode && strcmp(mode, "schedule") == 0) l->mode = LESSON_SCHEDULE;
    else if (mode && strcmp(mode, "edit") != 0)
        diag_add(c->d, at, "mode must be edit (the learner fixes the program) or schedule (the learner "
                 "picks the schedule), not \"%s\"", mode);
    free(mode);
    StrList sp = {NULL, 0};
    yaml_node_t *spn = NULL;
    get_list(c, root, "switch_points", "switch_points", false, 0, &sp, &spn);
    for (int i = 0; i < sp.len; i++) {
        if (strcmp(sp.items[i], "memory") == 0) l->mem_points = true;
        else
            diag_add(c->d, yx_pos(c->y, spn), "switch_points: \"%s\" is not one; the switch points a lesson may "
                     "add are memory (reads and writes of package variables)", sp.items[i]);
    }
    strlist_fini(&sp);
    parse_scenario(c, root);
    parse_watch(c, root);
    l->grader = get_string(c, root, "grader", "grader", true, &at);
    if (l->grader) {
        char *dir = xstrdup(l->path);
        char *slash = strrchr(dir, '/');
        if (slash) *slash = 0;
        l->grader_abs = path_join(dir, l->grader);
        free(dir);
        check_file(c, at, "grader file", l->grader, l->grader_abs);
    }
    get_list(c, root, "hints", "hints", true, 1, &l->hints, NULL);
    parse_i18n(c, root);
}

Lesson *lesson_load(Pack *p, const char *name, const char *path, const char *disp, int number)
{
    Lesson *l = xcalloc(1, sizeof *l);
    l->pack = p;
    l->number = number;
    l->name = xstrdup(name);
    l->path = xstrdup(path);
    diag_init(&l->diags, lesson_files());
    YxDoc y;
    if (yx_load(&y, disp, &l->diags)) {
        Ctx c = {&y, l, &l->diags};
        parse(&c);
    }
    yx_fini(&y);
    l->broken = l->diags.len > 0;
    diag_sort(&l->diags);
    return l;
}

void lesson_free(Lesson *l)
{
    if (!l) return;
    diag_fini(&l->diags);
    free(l->name);
    free(l->path);
    free(l->id);
    free(l->title);
    free(l->story);
    free(l->goal);
    free(l->explanation);
    free(l->go);
    free(l->grader);
    free(l->grader_abs);
    StrList *lists[] = {&l->tags, &l->files, &l->edit, &l->solution, &l->files_abs,
                        &l->edit_abs, &l->solution_abs, &l->watch_channels, &l->watch_funcs,
                        &l->hints};
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) strlist_fini(lists[i]);
    for (int i = 0; i < l->ni18n; i++) {
        LessonI18n *t = &l->i18n[i];
        free(t->lang);
        free(t->title);
        free(t->story);
        free(t->goal);
        free(t->explanation);
        strlist_fini(&t->hints);
    }
    free(l->i18n);
    free(l);
}

void lesson_text(const Lesson *l, const char *lang, LessonText *out)
{
    const char *def = l->pack && l->pack->language ? l->pack->language : "en";
    out->title = l->title ? l->title : "";
    out->story = l->story ? l->story : "";
    out->goal = l->goal ? l->goal : "";
    out->explanation = l->explanation ? l->explanation : "";
    out->hints = &l->hints;
    out->lang = def;
    if (!lang || strcmp(lang, def) == 0) return;
    for (int i = 0; i < l->ni18n; i++) {
        const LessonI18n *t = &l->i18n[i];
        if (strcmp(t->lang, lang) != 0) continue;
        out->lang = t->lang;
        if (t->title) out->title = t->title;
        if (t->story) out->story = t->story;
        if (t->goal) out->goal = t->goal;
        if (t->explanation) out->explanation = t->explanation;
        if (t->hints.len > 0) out->hints = &t->hints;
        return;
    }
}

const char *lesson_lang(const char *flag)
{
    if (flag && *flag) return flag;
    const char *vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (int i = 0; i < 4; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) return strncmp(v, "zh", 2) == 0 ? "zh" : NULL;
    }
    return NULL;
}

const char **lesson_program(const Lesson *l, const char *const *edit_paths, bool use_solution,
                            int *n)
{
    const char **r = xcalloc((size_t)l->files.len + 1, sizeof *r);
    for (int i = 0; i < l->files.len; i++) {
        r[i] = l->files_abs.items[i];
        for (int j = 0; j < l->edit.len; j++) {
            if (strcmp(l->files.items[i], l->edit.items[j]) != 0) continue;
            if (use_solution && j < l->solution_abs.len)
                r[i] = l->solution_abs.items[j];
            else if (!use_solution && edit_paths)
                r[i] = edit_paths[j];
        }
    }
    if (n) *n = l->files.len;
    return r;
}
