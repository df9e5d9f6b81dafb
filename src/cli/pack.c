/* cli/pack.c: `gorolab pack add DIR|FILE.tar.gz`, `pack list`, `pack remove ID`:
 * lesson packs installed into $XDG_DATA_HOME/gorolab/packs/ID.
 *
 * add stages the pack in a hidden folder beside the installed ones (a copy
 * of the folder, or the archive unpacked by tar after its member list was
 * read: only plain files and folders, no absolute names, no "..", no
 * links), finds pack.yaml (at the top or in the one top folder), checks the
 * id (letters, digits, '.', '_', '-'), runs `gorolab check` on the staged
 * copy, and only then renames it into place; a failure leaves nothing
 * behind. The learner's copies and progress are kept per pack id and are
 * not touched by remove. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "lesson/catalogue.h"
#include "lesson/installed.h"
#include "lesson/lesson.h"

static const char pack_usage[] =
    N_("usage: gorolab pack add DIR|FILE.tar.gz [--force]\n"
    "       gorolab pack list\n"
    "       gorolab pack remove ID\n"
    "Install a lesson pack (checked first with gorolab check; --force replaces an\n"
    "installed pack of the same id), list the installed packs with the learner's\n"
    "progress, or remove one (the learner's copies and progress stay).\n"
    "An installed pack is named by its id: gorolab ID opens it in the lab, and\n"
    "list, check, grade and reset take the id where they take a pack folder.\n");

enum { PACK_ID_MAX = 64 };

static bool valid_pack_id(const char *s)
{
    if (!*s || *s == '.' || *s == '-' || strlen(s) > PACK_ID_MAX || strcmp(s, "packs") == 0) return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '-' ||
              *s == '_' || *s == '.'))
            return false;
    return true;
}

static char *packs_root(void) { return pack_installed_root(); }

static char *installed_path(const char *key);

char *cli_pack_path(const char *key)
{
    struct stat st;
    if (!key || stat(key, &st) == 0 || !valid_pack_id(key)) return NULL;
    char *inst = installed_path(key);
    return inst ? inst : pack_bundled_pack(key);   /* an installed pack comes first */
}

/* installed_path: the folder of the installed pack `key`, or NULL. */
static char *installed_path(const char *key)
{
    struct stat st;
    char *root = packs_root();
    char *p = xmalloc(strlen(root) + strlen(key) + 16);
    sprintf(p, "%s/%s", root, key);
    free(root);
    char yaml[4200];
    snprintf(yaml, sizeof yaml, "%s/pack.yaml", p);
    if (stat(yaml, &st) == 0) return p;
    free(p);
    return NULL;
}

static bool mkdirs(const char *path)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) { free(p); return false; }
        *s = '/';
    }
    bool ok = mkdir(p, 0777) == 0 || errno == EEXIST;
    free(p);
    return ok;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

/* rm_tree removes path and everything under it (links are not followed). */
static bool rm_tree(const char *path)
{
    return nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS) == 0;
}

/* copy_tree copies the folder src to dst (made): plain files and folders
 * only; false with a message on anything else. */
static bool copy_tree(const char *src, const char *dst)
{
    if (mkdir(dst, 0777) != 0) {
        fprintf(stderr, "gorolab pack: cannot make %s: %s\n", dst, strerror(errno));
        return false;
    }
    DIR *d = opendir(src);
    if (!d) {
        fprintf(stderr, "gorolab pack: cannot read %s: %s\n", src, strerror(errno));
        return false;
    }
    bool ok = true;
    struct dirent *de;
    while (ok && (de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        char *s = xmalloc(strlen(src) + strlen(de->d_name) + 2), *t = xmalloc(strlen(dst) + strlen(de->d_name) + 2);
        sprintf(s, "%s/%s", src, de->d_name);
        sprintf(t, "%s/%s", dst, de->d_name);
        struct stat st;
        if (lstat(s, &st) != 0) {
            fprintf(stderr, "gorolab pack: cannot read %s: %s\n", s, strerror(errno));
            ok = false;
        } else if (S_ISDIR(st.st_mode)) {
            ok = copy_tree(s, t);
        } else if (S_ISREG(st.st_mode)) {
            FILE *in = fopen(s, "rb"), *out = in ? fopen(t, "wb") : NULL;
            char buf[65536];
            size_t n;
            while (in && out && (n = fread(buf, 1, sizeof buf, in)) > 0)
                if (fwrite(buf, 1, n, out) != n) break;
            ok = in && out && !ferror(in) && !ferror(out);
            if (in) fclose(in);
            if (out && fclose(out) != 0) ok = false;
            if (!ok) fprintf(stderr, "gorolab pack: cannot copy %s: %s\n", s, strerror(errno));
        } else {
            fprintf(stderr, "gorolab pack: %s is a link or a special file: a pack holds plain files and folders\n", s);
            ok = false;
        }
        free(s);
        free(t);
    }
    closedir(d);
    return ok;
}

/* only_plain tells whether the tree at path holds plain files and folders only. */
static const char *bad_entry;
static int plain_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)ftw;
    if (flag == FTW_SL || flag == FTW_NS || flag == FTW_DNR || (!S_ISREG(st->st_mode) && !S_ISDIR(st->st_mode))) {
        fprintf(stderr, "gorolab pack: %s is a link or a special file: a pack holds plain files and folders\n",
                path);
        bad_entry = path;
        return 1;
    }
    return 0;
}

static bool only_plain(const char *path)
{
    bad_entry = NULL;
    return nftw(path, plain_one, 16, FTW_PHYS) == 0;
}

/* run_tar runs tar with args, its standard output into out (when not NULL);
 * true when it exits 0. */
static bool run_tar(char *const args[], Buf *out)
{
    int fds[2];
    if (pipe(fds) != 0) return false;
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execvp("tar", args);
        fprintf(stderr, "gorolab pack: cannot run tar: %s\n", strerror(errno));
        _exit(127);
    }
    close(fds[1]);
    char chunk[4096];
    ssize_t n;
    while ((n = read(fds[0], chunk, sizeof chunk)) > 0)
        if (out) buf_add(out, chunk, (size_t)n);
    close(fds[0]);
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/* safe_member tells whether an archive member's name stays inside the folder. */
static bool safe_member(const char *name)
{
    if (!*name || name[0] == '/') return false;
    for (const char *p = name; *p;) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 2 && p[0] == '.' && p[1] == '.') return false;
        p += n + (e ? 1 : 0);
    }
    return true;
}

/* unpack unpacks archive into the folder dir after checking its members. */
static bool unpack(const char *archive, const char *dir)
{
    Buf names = BUF_INIT, types = BUF_INIT;
    char *list[] = {"tar", "-tzf", (char *)archive, NULL};
    char *listv[] = {"tar", "-tvzf", (char *)archive, NULL};
    if (!run_tar(list, &names) || !run_tar(listv, &types)) {
        fprintf(stderr, "gorolab pack: cannot read %s as a .tar.gz archive\n", archive);
        buf_fini(&names);
        buf_fini(&types);
        return false;
    }
    bool ok = true;
    for (char *p = (char *)buf_str(&names); ok && *p;) {
        char *e = strchr(p, '\n');
        if (e) *e = 0;
        if (!safe_member(p)) {
            fprintf(stderr, "gorolab pack: %s: the member \"%s\" would land outside the pack's folder\n", archive, p);
            ok = false;
        }
        p = e ? e + 1 : p + strlen(p);
    }
    for (char *p = (char *)buf_str(&types); ok && *p;) {   /* "-rw-r--r-- user/group ...": the type first */
        if (*p != '-' && *p != 'd') {
            char *e = strchr(p, '\n');
            fprintf(stderr, "gorolab pack: %s holds a link or a special file (%.*s): a pack holds plain files "
                            "and folders\n", archive, e ? (int)(e - p) : (int)strlen(p), p);
            ok = false;
        }
        char *e = strchr(p, '\n');
        p = e ? e + 1 : p + strlen(p);
    }
    buf_fini(&names);
    buf_fini(&types);
    if (!ok) return false;
    char *x[] = {"tar", "-xzf", (char *)archive, "-C", (char *)dir, "--no-same-owner", "--no-same-permissions", NULL};
    if (!run_tar(x, NULL)) {
        fprintf(stderr, "gorolab pack: cannot unpack %s\n", archive);
        return false;
    }
    return only_plain(dir);
}

static bool has_pack_yaml(const char *dir)
{
    char p[4200];
    struct stat st;
    snprintf(p, sizeof p, "%s/pack.yaml", dir);
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* find_root returns the folder under stage holding pack.yaml: stage itself
 * or its one subfolder; new string or NULL. */
static char *find_root(const char *stage)
{
    if (has_pack_yaml(stage)) return xstrdup(stage);
    DIR *d = opendir(stage);
    char *found = NULL;
    int nsub = 0;
    struct dirent *de;
    while (d && (de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        nsub++;
        char *p = xmalloc(strlen(stage) + strlen(de->d_name) + 2);
        sprintf(p, "%s/%s", stage, de->d_name);
        if (!found && has_pack_yaml(p)) found = p;
        else free(p);
    }
    if (d) closedir(d);
    if (found && nsub != 1) {
        free(found);
        found = NULL;
    }
    return found;
}

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static int pack_add(const char *src, bool force)
{
    struct stat st;
    if (stat(src, &st) != 0) {
        fprintf(stderr, "gorolab pack add: %s: %s\n", src, strerror(errno));
        return 1;
    }
    bool archive = S_ISREG(st.st_mode);
    if (archive && !ends_with(src, ".tar.gz") && !ends_with(src, ".tgz")) {
        fprintf(stderr, "gorolab pack add: %s is neither a folder nor a .tar.gz archive\n", src);
        return EXIT_USAGE;
    }
    char *root = packs_root();
    if (!mkdirs(root)) {
        fprintf(stderr, "gorolab pack add: cannot make %s: %s\n", root, strerror(errno));
        free(root);
        return 1;
    }
    char *stage = xmalloc(strlen(root) + 32);
    sprintf(stage, "%s/.add-XXXXXX", root);
    if (!mkdtemp(stage)) {
        fprintf(stderr, "gorolab pack add: cannot make a folder in %s: %s\n", root, strerror(errno));
        free(stage);
        free(root);
        return 1;
    }
    int status = 1;
    char *top = NULL, *target = NULL, *old = NULL;
    Pack *p = NULL;
    if (archive) {
        if (!unpack(src, stage)) goto out;
    } else {
        char *rs = realpath(src, NULL);
        const char *base = rs ? strrchr(rs, '/') + 1 : "pack";
        char *dst = xmalloc(strlen(stage) + strlen(base) + 8);
        sprintf(dst, "%s/%s", stage, *base ? base : "pack");
        bool ok = copy_tree(src, dst);
        free(dst);
        free(rs);
        if (!ok) goto out;
    }
    top = find_root(stage);
    if (!top) {
        fprintf(stderr, "gorolab pack add: %s has no pack.yaml (at its top, or in its one top folder); "
                        "gorolab new PACK makes a pack\n", src);
        goto out;
    }
    DiagList d;
    diag_init(&d, NULL);
    p = pack_load(top, &d);
    diag_fini(&d);
    if (!p) {
        fprintf(stderr, "gorolab pack add: %s does not load; gorolab check %s says why\n", src, src);
        goto out;
    }
    if (!valid_pack_id(p->id)) {
        fprintf(stderr, "gorolab pack add: \"%s\" cannot be a pack id: use letters, digits, '.', '_' and '-' "
                        "(at most %d, not starting with '.' or '-', not \"packs\")\n", p->id, PACK_ID_MAX);
        goto out;
    }
    char *id = xstrdup(p->id);
    int nlessons = p->nlessons;
    pack_free(p);
    p = NULL;
    target = xmalloc(strlen(root) + strlen(id) + 2);
    sprintf(target, "%s/%s", root, id);
    if (stat(target, &st) == 0 && !force) {
        fprintf(stderr, "gorolab pack add: a pack \"%s\" is installed already (%s); gorolab pack remove %s "
                        "first, or add --force to replace it\n", id, target, id);
        free(id);
        goto out;
    }
    printf("gorolab pack add: checking %s (%d lesson%s)\n", id, nlessons, nlessons == 1 ? "" : "s");
    fflush(stdout);
    int total = 0;
    int failed = cli_check_pack(top, false, &total);
    if (failed || total == 0) {
        fprintf(stderr, "gorolab pack add: %s fails gorolab check (above): not installed\n", src);
        free(id);
        goto out;
    }
    if (stat(target, &st) == 0) {   /* --force: the old one moves aside, then goes */
        old = xmalloc(strlen(stage) + 8);
        sprintf(old, "%s/.old", stage);
        if (rename(target, old) != 0) {
            fprintf(stderr, "gorolab pack add: cannot replace %s: %s\n", target, strerror(errno));
            free(id);
            goto out;
        }
    }
    if (rename(top, target) != 0) {
        fprintf(stderr, "gorolab pack add: cannot install into %s: %s\n", target, strerror(errno));
        if (old) rename(old, target);
        free(id);
        goto out;
    }
    printf("installed %s in %s; open it with gorolab %s\n", id, target, id);
    free(id);
    status = 0;
out:
    if (p) pack_free(p);
    rm_tree(stage);
    free(old);
    free(top);
    free(target);
    free(stage);
    free(root);
    return status;
}

/* list_one prints one pack's line; NULL id: a folder that does not load. */
static void list_one(const char *dir, const char *note, const Progress *pg)
{
    DiagList d;
    diag_init(&d, NULL);
    Pack *p = pack_load(dir, &d);
    diag_fini(&d);
    if (!p) {
        printf("%-20s %-9s %-9s %s (does not load: gorolab check %s)\n", "?", "", "", dir, dir);
        return;
    }
    int done = 0;
    for (int i = 0; i < p->nlessons; i++) {
        ProgEntry e;
        if (!p->lessons[i]->id) continue;
        prog_get(pg, p->progress_id, p->lessons[i]->id, &e);
        if (e.status == PROG_DONE) done++;
    }
    char prog[32];
    snprintf(prog, sizeof prog, "%d/%d", done, p->nlessons);
    printf("%-20s %-9s %-9s %s%s\n", p->id, p->version ? p->version : "-", prog, p->title ? p->title : p->id, note);
    pack_free(p);
}

static int pack_list(void)
{
    char *warning = NULL;
    Progress *pg = prog_open(NULL, &warning);
    if (warning) fprintf(stderr, "%s\n", warning);
    free(warning);
    printf("%-20s %-9s %-9s %s\n", "ID", "VERSION", "DONE", "TITLE");
    int nb = 0;
    char **bundled = pack_bundled_lessons(&nb);
    for (int i = 0; i < nb; i++) {
        list_one(bundled[i], " (bundled)", pg);
        free(bundled[i]);
    }
    free(bundled);
    char *root = packs_root();
    int n = 0;
    char **dirs = pack_installed(&n);
    for (int i = 0; i < n; i++) {
        list_one(dirs[i], "", pg);
        free(dirs[i]);
    }
    free(dirs);
    if (!n) printf("(no pack installed in %s: gorolab pack add DIR|FILE.tar.gz)\n", root);
    free(root);
    prog_free(pg);
    return 0;
}

static int pack_remove(const char *id)
{
    if (!valid_pack_id(id)) {
        fprintf(stderr, "gorolab pack remove: \"%s\" is not a pack id (gorolab pack list names them)\n", id);
        return EXIT_USAGE;
    }
    char *root = packs_root();
    char *target = xmalloc(strlen(root) + strlen(id) + 2);
    sprintf(target, "%s/%s", root, id);
    struct stat st;
    int status = 0;
    if (lstat(target, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "gorolab pack remove: no pack \"%s\" is installed (gorolab pack list names them)\n", id);
        status = 1;
    } else if (!rm_tree(target)) {
        fprintf(stderr, "gorolab pack remove: cannot remove %s: %s\n", target, strerror(errno));
        status = 1;
    } else {
        char *ws = ws_root();
        printf("removed %s; the learner's copies (%s/%s) and progress stay\n", id, ws, id);
        free(ws);
    }
    free(target);
    free(root);
    return status;
}

int cli_pack(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"force", no_argument, NULL, 'f'},
        {NULL, 0, NULL, 0},
    };
    bool force = false;
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(argc, argv, "", longopts, pack_usage)) != -1) {
        if (c == CLI_OPT_HELP || c == CLI_OPT_BAD) return cli_opt_end(c);
        force = true;
    }
    int n = argc - optind;
    char **a = argv + optind;
    if (n == 0) return cli_usage("pack", pack_usage, "add, list or remove?");
    if (strcmp(a[0], "add") == 0) {
        if (n != 2) return cli_usage("pack", pack_usage, "pack add wants one folder or .tar.gz archive");
        return pack_add(a[1], force);
    }
    if (force) return cli_usage("pack", pack_usage, "--force goes with pack add only");
    if (strcmp(a[0], "list") == 0) {
        if (n != 1) return cli_usage("pack", pack_usage, "pack list takes no argument");
        return pack_list();
    }
    if (strcmp(a[0], "remove") == 0) {
        if (n != 2) return cli_usage("pack", pack_usage, "pack remove wants one pack id");
        return pack_remove(a[1]);
    }
    return cli_usage("pack", pack_usage, "unknown pack command \"%s\": add, list or remove", a[0]);
}
