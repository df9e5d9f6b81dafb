/* lesson/yaml.h: libyaml documents with positions (yx_).
 *
 * Loads one YAML file into libyaml's node tree and turns libyaml's 0-based,
 * character-counted marks into 1-based SrcPos with byte columns (go/token's
 * convention). Syntax errors become diagnostics with libyaml's own text.
 * Ownership: a YxDoc owns the document and the file's bytes; yx_fini frees them.
 */
#ifndef GOROLAB_LESSON_YAML_H
#define GOROLAB_LESSON_YAML_H

#include <stdbool.h>
#include <stddef.h>
#include <yaml.h>

#include "base/diag.h"

/* Caps on a lesson or pack file: a lesson is a few KiB of a few hundred
 * values, nested a handful of levels; anything far beyond is refused with a
 * diagnostic before it can cost more than linear time. */
enum {
    YX_MAX_BYTES = 1 << 20,
    YX_MAX_DEPTH = 32,
    YX_MAX_NODES = 20000,
};

typedef struct YxDoc {
    yaml_document_t doc;     /* valid when loaded */
    bool     loaded;         /* doc must be deleted */
    uint16_t file;           /* index into lesson_files() */
    char    *text;           /* the file's bytes (owned) */
    size_t   len;
    size_t  *lines;          /* byte offset of each line start (owned) */
    int      nlines;
} YxDoc;

/* yx_file_id interns path in the table lesson_files() returns. */
uint16_t yx_file_id(const char *path);

/* yx_load reads and parses path. On a read or syntax error it appends a
 * diagnostic to d and returns false (the doc need still be yx_fini'd).
 * An empty file loads as a document with no root node. A second document,
 * or a file beyond the YX_MAX_* caps, is an error. */
bool yx_load(YxDoc *y, const char *path, DiagList *d);
void yx_fini(YxDoc *y);

yaml_node_t *yx_root(YxDoc *y);                 /* NULL for an empty document */
yaml_node_t *yx_node(YxDoc *y, int id);
SrcPos yx_pos(YxDoc *y, const yaml_node_t *n);  /* 1-based line, byte column */
SrcPos yx_mark_pos(YxDoc *y, yaml_mark_t m);

/* yx_str returns a scalar's value (borrowed) or NULL when n is not a scalar. */
const char *yx_str(const yaml_node_t *n);
/* yx_is_null: an empty plain scalar, "~" or "null". */
bool yx_is_null(const yaml_node_t *n);

/* yx_check_keys reports, for mapping m, every key not in allowed (NULL-ended)
 * as `unknown field "K"` with a "(did you mean "X"?)" suggestion within a
 * small edit distance, every non-scalar key, and duplicate keys. prefix
 * ("scenario.") is put before field names in messages. */
void yx_check_keys(YxDoc *y, yaml_node_t *m, const char *const *allowed, const char *prefix,
                   DiagList *d);
/* yx_get returns the value of key in mapping m (the first), or NULL; *key_node
 * (if not NULL) receives the key node. */
yaml_node_t *yx_get(YxDoc *y, yaml_node_t *m, const char *key, yaml_node_t **key_node);

/* yx_suggest returns the allowed name closest to s within edit distance
 * max(1, len/3) (at most 2), or NULL. Borrowed. */
const char *yx_suggest(const char *s, const char *const *allowed);
int yx_edit_distance(const char *a, const char *b);

#endif
