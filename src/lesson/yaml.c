/* lesson/yaml.c: libyaml documents with positions; key checks with suggestions. */
#include "lesson/yaml.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static bool read_all(const char *path, char **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    size_t cap = 4096, n = 0;
    char *b = xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) b = xrealloc(b, cap *= 2);
        size_t r = fread(b + n, 1, cap - n - 1, f);
        if (r == 0) break;
        n += r;
    }
    bool err = ferror(f);
    fclose(f);
    if (err) {
        free(b);
        return false;
    }
    b[n] = 0;
    *out = b;
    *len = n;
    return true;
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
    if (!read_all(path, &y->text, &y->len)) {
        SrcPos p = {0, 0, y->file};
        diag_add(d, p, "cannot read: %s", strerror(errno));
        return false;
    }
    int cap = 64;
    y->lines = xmalloc(cap * sizeof *y->lines);
    y->lines[y->nlines++] = 0;
    for (size_t i = 0; i < y->len; i++)
        if (y->text[i] == '\n') XPUSH(y->lines, y->nlines, cap, i + 1);

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

void yx_check_keys(YxDoc *y, yaml_node_t *m, const char *const *allowed, const char *prefix,
                   DiagList *d)
{
    if (!m || m->type != YAML_MAPPING_NODE) return;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yx_node(y, p->key);
        const char *ks = yx_str(k);
        if (!ks) {
            diag_add(d, yx_pos(y, k), "%sfield names must be strings", prefix);
            continue;
        }
        bool known = false;
        for (int i = 0; allowed[i]; i++)
            if (strcmp(allowed[i], ks) == 0) known = true;
        if (!known) {
            const char *s = yx_suggest(ks, allowed);
            if (s)
                diag_add(d, yx_pos(y, k), "unknown field \"%s%s\" (did you mean \"%s%s\"?)", prefix,
                         ks, prefix, s);
            else
                diag_add(d, yx_pos(y, k), "unknown field \"%s%s\"", prefix, ks);
        }
        for (yaml_node_pair_t *q = m->data.mapping.pairs.start; q < p; q++) {
            const char *qs = yx_str(yx_node(y, q->key));
            if (qs && strcmp(qs, ks) == 0) {
                SrcPos first = yx_pos(y, yx_node(y, q->key));
                diag_add(d, yx_pos(y, k), "duplicate field \"%s%s\" (first at line %u)", prefix, ks,
                         first.line);
                break;
            }
        }
    }
}
