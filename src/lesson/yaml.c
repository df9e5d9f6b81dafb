/* lesson/yaml.c: libyaml documents with positions; key checks with suggestions. */
#include "lesson/yaml.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/readfile.h"
#include "base/xalloc.h"
#include "lesson/lesson.h"

/* SrcPos.file is 16 bits: the table has a fixed size, so it never moves and
 * DiagLists that borrow it stay valid for the life of the process. */
enum { YX_MAX_FILES = 65536 };
static const char **file_table;
static int nfiles = 1;   /* index 0 is "?" (no file) */

const char *const *lesson_files(void)
{
    if (!file_table) {
        file_table = xcalloc(YX_MAX_FILES, sizeof *file_table);
        file_table[0] = "?";
    }
    return file_table;
}

uint16_t yx_file_id(const char *path)
{
    lesson_files();
    for (int i = 1; i < nfiles; i++)
        if (strcmp(file_table[i], path) == 0) return (uint16_t)i;
    if (nfiles >= YX_MAX_FILES) return 0;
    file_table[nfiles] = xstrdup(path);
    return (uint16_t)nfiles++;
}

/* prescan walks the file's events before libyaml builds the document: more
 * than one document, nesting deeper than YX_MAX_DEPTH or more than
 * YX_MAX_NODES values is refused at once, so a hostile file costs linear
 * time. Returns false with a diagnostic; a syntax error is left to the
 * loader (true). */
static bool prescan(YxDoc *y, DiagList *d)
{
    yaml_parser_t p;
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, (const unsigned char *)y->text, y->len);
    int depth = 0, docs = 0;
    long nodes = 0;
    bool ok = true;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&p, &ev)) break;   /* the loader reports it */
        yaml_event_type_t t = ev.type;
        /* a position costs a walk along its line: made only for a diagnostic */
        if (t == YAML_DOCUMENT_START_EVENT && ++docs == 2) {
            diag_add(d, yx_mark_pos(y, ev.start_mark), "a second YAML document starts here; a lesson file holds one");
            ok = false;
        } else if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT) {
            nodes++;
            if (++depth > YX_MAX_DEPTH) {
                diag_add(d, yx_mark_pos(y, ev.start_mark), "nested deeper than %d levels", YX_MAX_DEPTH);
                ok = false;
            }
        } else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT) {
            depth--;
        } else if (t == YAML_SCALAR_EVENT || t == YAML_ALIAS_EVENT) {
            nodes++;
        }
        if (ok && nodes > YX_MAX_NODES) {
            diag_add(d, yx_mark_pos(y, ev.start_mark), "more than %d values in one file", YX_MAX_NODES);
            ok = false;
        }
        yaml_event_delete(&ev);
        if (!ok || t == YAML_STREAM_END_EVENT) break;
    }
    yaml_parser_delete(&p);
    return ok;
}

SrcPos yx_mark_pos(YxDoc *y, yaml_mark_t m)
{
    SrcPos p = {0, 0, y->file};
    p.line = (uint32_t)m.line + 1;
    size_t col = 1;
    if ((int)m.line < y->nlines) {
        /* libyaml counts characters; go/token counts bytes */
        size_t off = y->lines[m.line];
        for (size_t c = 0; c < m.column && off < y->len && y->text[off] != '\n'; c++) {
            unsigned char ch = (unsigned char)y->text[off];
            size_t w = ch < 0x80 ? 1 : ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : ch >= 0xC0 ? 2 : 1;
            off += w;
            col += w;
        }
    } else {
        col = m.column + 1;
    }
    p.col = (uint16_t)(col > 65535 ? 65535 : col);
    return p;
}

SrcPos yx_pos(YxDoc *y, const yaml_node_t *n)
{
    return yx_mark_pos(y, n->start_mark);
}

bool yx_load(YxDoc *y, const char *path, DiagList *d)
{
    memset(y, 0, sizeof *y);
    y->file = yx_file_id(path);
    Buf text = BUF_INIT;
    if (!read_regular_file(path, &text, YX_MAX_BYTES)) {
        buf_fini(&text);
        SrcPos p = {0, 0, y->file};
        if (errno == EFBIG)
            diag_add(d, p, "file too large (a lesson file is at most %d KiB)", YX_MAX_BYTES >> 10);
        else if (errno == EINVAL)
            diag_add(d, p, "cannot read: not a regular file");
        else
            diag_add(d, p, "cannot read: %s", strerror(errno));
        return false;
    }
    y->len = text.len;
    y->text = buf_take(&text);
    int cap = 64;
    y->lines = xmalloc(cap * sizeof *y->lines);
    y->lines[y->nlines++] = 0;
    for (size_t i = 0; i < y->len; i++)
        if (y->text[i] == '\n') XPUSH(y->lines, y->nlines, cap, i + 1);

    if (!prescan(y, d)) return false;
    yaml_parser_t p;
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, (const unsigned char *)y->text, y->len);
    bool ok = yaml_parser_load(&p, &y->doc);
    if (ok) {
        y->loaded = true;
    } else {
        SrcPos pos;
        if (p.error == YAML_READER_ERROR) {
            /* the offset is in bytes: find its line */
            size_t off = p.problem_offset;
            int ln = 0;
            while (ln + 1 < y->nlines && y->lines[ln + 1] <= off) ln++;
            pos = (SrcPos){(uint32_t)ln + 1, (uint16_t)(off - y->lines[ln] + 1), y->file};
        } else {
            pos = yx_mark_pos(y, p.problem_mark);
        }
        const char *problem = p.problem ? p.problem : "invalid YAML";
        if (p.context) {
            SrcPos c = yx_mark_pos(y, p.context_mark);
            diag_add(d, pos, "%s (%s at %u:%u)", problem, p.context, c.line, c.col);
        } else {
            diag_add(d, pos, "%s", problem);
        }
    }
    yaml_parser_delete(&p);
    return ok;
}

void yx_fini(YxDoc *y)
{
    if (y->loaded) yaml_document_delete(&y->doc);
    free(y->text);
    free(y->lines);
    memset(y, 0, sizeof *y);
}

yaml_node_t *yx_root(YxDoc *y)
{
    return y->loaded ? yaml_document_get_root_node(&y->doc) : NULL;
}

yaml_node_t *yx_node(YxDoc *y, int id)
{
    return yaml_document_get_node(&y->doc, id);
}

const char *yx_str(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

bool yx_is_null(const yaml_node_t *n)
{
    if (!n) return true;
    if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const char *s = yx_str(n);
    return !*s || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 || strcmp(s, "Null") == 0 ||
           strcmp(s, "NULL") == 0;
}

int yx_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    int *row = xmalloc((lb + 1) * sizeof *row);
    for (size_t j = 0; j <= lb; j++) row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    int r = row[lb];
    free(row);
    return r;
}

const char *yx_suggest(const char *s, const char *const *allowed)
{
    int max = (int)strlen(s) / 3;
    if (max < 1) max = 1;
    if (max > 2) max = 2;
    const char *best = NULL;
    int bestd = max + 1;
    for (int i = 0; allowed[i]; i++) {
        int dist = yx_edit_distance(s, allowed[i]);
        if (dist < bestd) {
            bestd = dist;
            best = allowed[i];
        }
    }
    return best;
}

yaml_node_t *yx_get(YxDoc *y, yaml_node_t *m, const char *key, yaml_node_t **key_node)
{
    if (!m || m->type != YAML_MAPPING_NODE) return NULL;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yx_node(y, p->key);
        const char *ks = yx_str(k);
        if (ks && strcmp(ks, key) == 0) {
            if (key_node) *key_node = k;
            return yx_node(y, p->value);
        }
    }
    return NULL;
}

typedef struct KeyAt {
    const char *key;
    int         index;   /* position in the mapping */
} KeyAt;

static int cmp_key_at(const void *a, const void *b)
{
    const KeyAt *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

enum { YX_MAX_UNKNOWN = 20 };   /* unknown fields reported per mapping */

void yx_check_keys(YxDoc *y, yaml_node_t *m, const char *const *allowed, const char *prefix,
                   DiagList *d)
{
    if (!m || m->type != YAML_MAPPING_NODE) return;
    int n = (int)(m->data.mapping.pairs.top - m->data.mapping.pairs.start), unknown = 0;
    KeyAt *keys = xcalloc((size_t)n + 1, sizeof *keys);
    int nk = 0;
    for (int i = 0; i < n; i++) {
        yaml_node_pair_t *p = m->data.mapping.pairs.start + i;
        yaml_node_t *k = yx_node(y, p->key);
        const char *ks = yx_str(k);
        if (!ks) {
            diag_add(d, yx_pos(y, k), "%sfield names must be strings", prefix);
            continue;
        }
        keys[nk++] = (KeyAt){ks, i};
        bool known = false;
        for (int j = 0; allowed[j]; j++)
            if (strcmp(allowed[j], ks) == 0) known = true;
        if (!known && ++unknown == YX_MAX_UNKNOWN + 1) {
            diag_add(d, yx_pos(y, k), "too many unknown fields%s%.*s", *prefix ? " in " : "",
                     *prefix ? (int)strlen(prefix) - 1 : 0, prefix);
        } else if (!known && unknown <= YX_MAX_UNKNOWN) {
            const char *s = yx_suggest(ks, allowed);
            if (s)
                diag_add(d, yx_pos(y, k), "unknown field \"%s%s\" (did you mean \"%s%s\"?)", prefix,
                         ks, prefix, s);
            else
                diag_add(d, yx_pos(y, k), "unknown field \"%s%s\"", prefix, ks);
        }
    }
    /* duplicates: sorted by name, then by position, each repeat points at the first */
    qsort(keys, (size_t)nk, sizeof *keys, cmp_key_at);
    int dups = 0;
    for (int i = 1; i < nk && dups < YX_MAX_UNKNOWN; i++) {
        if (strcmp(keys[i].key, keys[i - 1].key) != 0) continue;
        int first = i - 1;
        while (first > 0 && strcmp(keys[first - 1].key, keys[i].key) == 0) first--;
        yaml_node_t *k = yx_node(y, m->data.mapping.pairs.start[keys[i].index].key);
        yaml_node_t *f = yx_node(y, m->data.mapping.pairs.start[keys[first].index].key);
        diag_add(d, yx_pos(y, k), "duplicate field \"%s%s\" (first at line %u)", prefix, keys[i].key,
                 yx_pos(y, f).line);
        dups++;
    }
    free(keys);
}
