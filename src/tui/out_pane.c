/* tui/out_pane.c: the Output pane: the program's stdout and stderr and the
 * runtime's reports (deadlock, panic, leaks), as they come. */
#include <stdlib.h>
#include <string.h>

#include "tui/crt.h"
#include "tui/view.h"

void out_pane_fill(View *v, Pane *p)
{
    uint64_t key = ((uint64_t)pane_inner_w(p) << 40) ^ v->run.gen;
    if (v->filled[P_OUTPUT] == key + 1) return;
    v->filled[P_OUTPUT] = key + 1;
    pane_clear(p);
    if (!v->run.out.len) {
        bool fresh = v->run.vm && v->run.nmoves == 0;
        pane_add(p, fresh ? "(no output yet: Space runs the program)" : "(no output yet)", crt_attr(C_DIM));
        return;
    }
    pane_wrap(p, buf_str(&v->run.out), 0, "  ");
    if (p->nlines && !p->lines[p->nlines - 1].text[0]) {
        free(p->lines[p->nlines - 1].text);
        p->nlines--;
    }
    /* runtime reports stand out */
    for (int i = 0; i < p->nlines; i++) {
        const char *t = p->lines[i].text;
        if (!strncmp(t, "fatal error:", 12) || !strncmp(t, "panic:", 6) || !strncmp(t, "WARNING: DATA RACE", 18) ||
            !strncmp(t, "gorolab: ", 9) || !strncmp(t, "[program ", 9))
            p->lines[i].attr = !strncmp(t, "[program exited, exit status 0]", 31) ? crt_attr(C_OK) : crt_attr(C_ERROR);
    }
}
