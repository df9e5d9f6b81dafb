/* tui/lesson_pane.c: the Lesson pane: title, story, goal, the hints shown
 * so far and, after a pass, the explanation. Wrapped to the pane's width;
 * wide characters (Chinese) count two columns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "tui/crt.h"
#include "tui/view.h"

/* The pane's own words, in the lesson's language. */
typedef struct Labels { const char *goal, *hint, *why, *more; } Labels;

static const Labels *labels(const char *lang)
{
    static const Labels en = {"Goal", "Hint %d", "Why it works", "(h: hint %d of %d)"};
    static const Labels zh = {"目标", "提示 %d", "为什么这样可行", "（h：提示 %d / %d）"};
    return lang && strncmp(lang, "zh", 2) == 0 ? &zh : &en;
}

/* unwrap joins the lines of each markdown paragraph (the YAML text is
 * wrapped at 78 columns; the pane wraps it again at its own width): with a
 * space, or with nothing between two non-ASCII characters (Chinese has no
 * spaces between words). */
static char *unwrap(const char *s)
{
    char *o = xstrdup(s), *w = o;
    for (const char *q = s; *q; q++) {
        bool join = *q == '\n' && q > s && q[-1] != '\n' && q[1] && q[1] != '\n' && q[1] != '-' && q[1] != ' ';
        if (!join) *w++ = *q;
        else if (!((unsigned char)q[-1] >= 0x80 && (unsigned char)q[1] >= 0x80)) *w++ = ' ';
    }
    *w = 0;
    return o;
}

/* lesson_markdown renders the markdown the lessons use inside a paragraph:
 * `code` in the code colour without its backticks, *emphasis* and
 * **strong** in bold without their stars; a marker with no partner on the
 * same line stays as it is. */
void lesson_markdown(const char *s, PaneText *t)
{
    while (*s) {
        if (*s == '`') {
            const char *end = strchr(s + 1, '`');
            const char *nl = strchr(s + 1, '\n');
            if (end && end > s + 1 && (!nl || end < nl)) {
                line_putn(t, s + 1, (size_t)(end - s - 1), C_STRING);
                s = end + 1;
                continue;
            }
        } else if (*s == '*') {
            size_t k = s[1] == '*' ? 2 : 1;
            const char *end = s[k] && s[k] != ' ' ? strstr(s + k, k == 2 ? "**" : "*") : NULL;
            const char *nl = strchr(s + k, '\n');
            if (end && end > s + k && end[-1] != ' ' && (!nl || end < nl)) {
                line_putn(t, s + k, (size_t)(end - s - k), C_TITLE);
                s = end + k;
                continue;
            }
        }
        size_t n = strcspn(s + 1, "`*") + 1;
        line_putn(t, s, n, C_NORMAL);
        s += n;
    }
}

static void para(Pane *p, const char *text)
{
    char *u = unwrap(text);
    PaneText t = {0};
    lesson_markdown(u, &t);
    pane_wrap_line(p, &t, "");
    line_fini(&t);
    free(u);
}

void lesson_pane_fill(View *v, Pane *p)
{
    uint64_t key = (((uint64_t)pane_inner_w(p) << 32) | ((uint64_t)v->hints << 1) | v->passed) ^ (chal_gen(v) << 12) ^ ((uint64_t)(v->replaying && v->story) << 11);
    if (v->filled[P_LESSON] == key + 1) return;
    v->filled[P_LESSON] = key + 1;
    pane_clear(p);
    LessonText t;
    lesson_text(v->l, v->lang, &t);
    const Labels *lb = labels(t.lang);
    char head[512];
    snprintf(head, sizeof head, "%d. %s", v->l->number, t.title);
    pane_wrap(p, head, crt_attr(C_TITLE), "");
    pane_add(p, "", 0);
    para(p, t.story);
    pane_add(p, "", 0);
    pane_add(p, lb->goal, crt_attr(C_TITLE));
    para(p, t.goal);
    for (int i = 0; i < v->hints && i < t.hints->len; i++) {
        pane_add(p, "", 0);
        pane_addf(p, crt_attr(C_MARK), lb->hint, i + 1);
        para(p, t.hints->items[i]);
    }
    if (v->passed && t.explanation[0]) {
        pane_add(p, "", 0);
        pane_add(p, lb->why, crt_attr(C_OK));
        para(p, t.explanation);
    }
    if (v->hints < t.hints->len && !v->passed) {
        pane_add(p, "", 0);
        pane_addf(p, crt_attr(C_DIM), lb->more, v->hints + 1, t.hints->len);
    }
    if (v->chal) chal_lesson_fill(v, p);   /* whose turn, the storyboard */
    if (v->replaying && v->story) {         /* a grade's failure, loaded with f */
        bool zh = t.lang && strncmp(t.lang, "zh", 2) == 0;
        pane_add(p, "", 0);
        pane_add(p, zh ? "失败的调度（已收缩）：要紧的选择" : "The failing schedule, shrunk: the choices that matter",
                 crt_attr(C_TITLE));
        pane_wrap(p, v->story, 0, "    ");
        pane_add(p, zh ? "（n 一步一步重放，f 返回）" : "(n replays it step by step, f goes back)", crt_attr(C_DIM));
    }
}
