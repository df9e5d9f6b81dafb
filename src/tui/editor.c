/* tui/editor.c: hand the learner's copy to $VISUAL or $EDITOR (else
 * Debian's sensible-editor, editor, vi) with curses suspended; the caller
 * recompiles when the file changed. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "tui/crt.h"
#include "tui/view.h"

static bool on_path(const char *prog)
{
    const char *path = getenv("PATH");
    if (!path) return false;
    Buf b = BUF_INIT;
    bool found = false;
    for (const char *p = path; !found;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        buf_reset(&b);
        buf_printf(&b, "%.*s/%s", (int)n, p, prog);
        found = access(buf_str(&b), X_OK) == 0;
        if (!colon) break;
        p = colon + 1;
    }
    buf_fini(&b);
    return found;
}

/* found says whether the editor command's program exists: a path that is
 * executable, or a name on $PATH. The shell would otherwise print "sh: 1:
 * NAME: not found" over the terminal while the lab is suspended. */
static bool found(const char *cmd)
{
    while (*cmd == ' ' || *cmd == '\t') cmd++;
    size_t n = strcspn(cmd, " \t");
    if (n == 0 || n >= 1024) return n != 0;   /* odd: leave it to the shell */
    char prog[1024];
    memcpy(prog, cmd, n);
    prog[n] = 0;
    if (strchr(prog, '=') || strchr(prog, '$') || strchr(prog, '\'') || strchr(prog, '"')) return true;
    return strchr(prog, '/') ? access(prog, X_OK) == 0 : on_path(prog);
}

static const char *editor_command(void)
{
    const char *ed = getenv("VISUAL");
    if (!ed || !*ed) ed = getenv("EDITOR");
    if (ed && *ed) return ed;
    static const char *const fallback[] = {"sensible-editor", "editor", "nano", "vi"};
    for (size_t i = 0; i < sizeof fallback / sizeof fallback[0]; i++)
        if (on_path(fallback[i])) return fallback[i];
    return "vi";
}

void editor_open(View *v)
{
    if (!v->ws->paths.len) return;
    const char *ed = editor_command();
    if (!found(ed)) {
        view_set_notice(v, _("editor not found: %s (set $VISUAL or $EDITOR)"), ed);
        return;
    }
    Buf cmd = BUF_INIT;
    /* the editor command may carry flags ("code -w"): the shell splits it; the path is quoted */
    buf_printf(&cmd, "%s '", ed);
    for (const char *p = v->ws->paths.items[0]; *p; p++) {
        if (*p == '\'') buf_puts(&cmd, "'\\''");
        else buf_putc(&cmd, *p);
    }
    buf_putc(&cmd, '\'');
    crt_suspend();
    int rc = system(buf_str(&cmd));
    crt_resume();
    if (rc == -1) view_set_notice(v, _("could not start the editor: %s"), buf_str(&cmd));
    else if (WIFEXITED(rc) && WEXITSTATUS(rc) == 127) view_set_notice(v, _("editor not found: set $EDITOR (tried %s)"), buf_str(&cmd));
    else if (rc != 0) view_set_notice(v, _("the editor exited with status %d"), WIFEXITED(rc) ? WEXITSTATUS(rc) : rc);
    buf_fini(&cmd);
}
