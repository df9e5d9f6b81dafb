/* lesson/lesson.h: lesson packs and lessons (loaded from YAML with libyaml and
 * validated), the learner's workspace, and the learner's progress.
 *
 * The public API of src/lesson/ for the grader, `gorolab check`, `list`,
 * `reset` and the TUI. The format is documented in man/gorolab-lesson.5.
 *
 * Invariants:
 *   - pack_load never fails because of one lesson: a lesson with problems is
 *     kept with broken = true and its own diagnostics in Lesson.diags; the
 *     pack's DiagList receives every diagnostic of every file as well.
 *   - Diagnostic positions index a process-wide table of file names
 *     (lesson_files()), which is never moved or freed: DiagLists filled here
 *     stay printable after the Pack is freed.
 *   - All paths in Lesson are absolute (realpath of the pack folder + names).
 *   - The learner's files are written atomically (path.tmp, fsync, rename) and
 *     never overwritten without a timestamped backup.
 * Ownership: a Pack owns its Lessons and every string in them; pack_free()
 * frees them all. Borrowed pointers into a Pack die with it.
 */
#ifndef GOROLAB_LESSON_LESSON_H
#define GOROLAB_LESSON_LESSON_H

#include <stdbool.h>
#include <stdint.h>
#include "base/diag.h"

enum {
    LESSON_LEVEL_MIN = 1,
    LESSON_LEVEL_MAX = 5,
};

typedef struct Pack Pack;
typedef struct Lesson Lesson;

/* A list of strings; items[len] is NULL. */
typedef struct StrList {
    char **items;   /* owned by the Lesson; NULL-terminated (NULL when len is 0) */
    int    len;
} StrList;

/* The learner-facing text of a lesson in one language. */
typedef struct LessonText {
    const char *title;          /* never NULL ("" when absent) */
    const char *story;          /* markdown; never NULL */
    const char *goal;           /* never NULL */
    const char *explanation;    /* shown after a pass; never NULL */
    const StrList *hints;       /* never NULL */
    const char *lang;           /* the language actually used ("en", "zh", ...) */
} LessonText;

/* One i18n block: i18n: {LANG: {title, story, goal, explanation, hints}}. */
typedef struct LessonI18n {
    char   *lang;                               /* "zh" */
    char   *title, *story, *goal, *explanation; /* NULL when absent */
    StrList hints;
} LessonI18n;

/* What the learner does: edit the program (the default), or be its
 * scheduler (mode: schedule, a challenge: pick which goroutine runs next
 * until the goal is reached; the program is not edited, the solution is a
 * file holding a schedule string). */
typedef enum { LESSON_EDIT, LESSON_SCHEDULE } LessonMode;

struct Lesson {
    Pack    *pack;          /* borrowed: the pack this lesson belongs to */
    int      number;        /* 1-based position in the pack */
    char    *name;          /* file name as listed in pack.yaml ("03-leak.yaml") */
    char    *path;          /* absolute path of the YAML file */
    bool     broken;        /* diags holds at least one problem */
    DiagList diags;         /* this lesson's problems (files = lesson_files()) */

    char    *id;            /* NULL only when broken */
    SrcPos   id_pos;        /* where the id is written (line 0 when absent) */
    char    *title, *story, *goal, *explanation;  /* default language; NULL when absent */
    int      level;         /* 1..5; 0 when missing */
    StrList  tags;
    char    *go;            /* "1.22"; NULL = newest semantics */
    LessonMode mode;        /* mode: edit (default) or schedule */
    bool     mem_points;    /* switch_points: [memory]: package variables are switch points */

    /* scenario: names as written (relative to the scenarios folder) and resolved */
    StrList  files, edit, solution;              /* as written: "unclosed-channel/main.go" */
    StrList  files_abs, edit_abs, solution_abs;  /* absolute paths in the pack */

    StrList  watch_channels, watch_funcs;
    char    *grader;        /* as written: "unclosed-channel.lua" */
    char    *grader_abs;    /* absolute path beside the YAML file */
    StrList  hints;         /* at least one when not broken */

    LessonI18n *i18n;       /* owned array */
    int         ni18n;
};

struct Pack {
    char    *id;            /* from pack.yaml; folder name when there is none */
    char    *progress_id;   /* progress-id from pack.yaml, else id: the learner's
                               copies and progress are kept under it (packs split
                               from one pack keep its id so nothing is lost) */
    char    *title;         /* NULL when absent */
    char    *version;       /* NULL when absent */
    char    *language;      /* default language of the text fields, "en" */
    char    *dir;           /* absolute folder of the lesson YAML files */
    char    *scenarios;     /* absolute scenarios folder (DIR/scenarios or DIR/../scenarios) */
    char    *root;          /* the pack's box: DIR, or DIR/.. when the scenarios are there;
                               every file the pack names must resolve inside it */
    DiagList diags;         /* pack.yaml's own problems (unknown fields, wrong types,
                               duplicates); the lessons' are in theirs */
    Lesson **lessons;       /* owned; in pack.yaml order */
    int      nlessons;
};

/* lesson_files returns the process-wide table of file names that diagnostics
 * from this module index (SrcPos.file). Never moved or freed. */
const char *const *lesson_files(void);

/* pack_load loads a pack folder (with or without pack.yaml), a pack.yaml file,
 * or a single lesson YAML file (a pack of one lesson). Every problem is
 * appended to d (d->files is set to lesson_files()). Returns a new Pack,
 * free with pack_free(); NULL only when the pack itself cannot load (no such
 * path, a broken pack.yaml); then d says why. */
Pack *pack_load(const char *path, DiagList *d);
void  pack_free(Pack *p);

/* pack_default_path returns the default pack's folder: the first bundled
 * lesson pack (lesson/catalogue.h: lessons/01-basics in the source tree when
 * running from the build tree, else under $(pkgdatadir)/lessons);
 * $GOROLAB_PACK overrides. Returns a new string; free() it. */
char *pack_default_path(void);
/* pack_bundled_path returns the bundled folder `name` ("lessons": the
 * folder of the bundled lesson packs, or "challenges": the schedule
 * challenges): the source tree's when running from the build tree, else
 * $(pkgdatadir)'s ($GOROLAB_CHALLENGES overrides the challenges). Returns a
 * new string; free() it. */
char *pack_bundled_path(const char *name);

/* pack_lesson returns lesson number N (1-based), or NULL. Borrowed. */
Lesson *pack_lesson(const Pack *p, int number);
/* pack_find finds a lesson by id, by number ("3"), or by YAML file name with or
 * without ".yaml" ("03-leak"). Returns a borrowed Lesson or NULL. */
Lesson *pack_find(const Pack *p, const char *key);

/* lesson_text fills *out with the lesson's text in lang (NULL = the pack's
 * default language); fields missing in that language fall back to the
 * default language. Strings are borrowed from the lesson. */
void lesson_text(const Lesson *l, const char *lang, LessonText *out);

/* lesson_lang picks the language: flag (from --lang) if not NULL, else "zh"
 * when LC_ALL, LC_MESSAGES or LANG starts with "zh", else NULL (default).
 * Returns a borrowed string. */
const char *lesson_lang(const char *flag);

/* lesson_program returns the Go files to compile for the lesson: the scenario
 * files, with each edit[i] replaced by edit_paths[i] (the learner's copies, from
 * ws_open) or, when use_solution is true, by solution_abs[i].
 * edit_paths may be NULL (the starter files). Returns a new NULL-terminated
 * array of borrowed strings (free() the array only); *n receives the count. */
const char **lesson_program(const Lesson *l, const char *const *edit_paths,
                            bool use_solution, int *n);

/* ---- workspace (ws_) -------------------------------------------------- */

/* The learner's editable copies live in
 * $XDG_DATA_HOME/gorolab/PACKID/LESSONID/ (default ~/.local/share/gorolab),
 * one file per scenario.edit entry, under its base name. */
typedef struct Workspace {
    char   *dir;        /* absolute workspace folder of the lesson */
    StrList paths;      /* absolute paths of the learner's copies, in edit order */
} Workspace;

/* ws_root returns $XDG_DATA_HOME/gorolab (or ~/.local/share/gorolab); new string. */
char *ws_root(void);

/* ws_open creates the lesson's workspace and copies each starter file that
 * has no learner copy yet (existing copies are never touched). Returns a new
 * Workspace, free with ws_free(); NULL on failure with *cause set to a new
 * message (free it). l must not be broken. */
Workspace *ws_open(const Lesson *l, char **cause);
void       ws_free(Workspace *w);
/* ws_schedule_path returns where a schedule lesson's learner schedule is
 * kept: the workspace folder's file "schedule" (new string). */
char      *ws_schedule_path(const Lesson *l);
/* ws_read_schedule returns the learner's saved schedule string of l (new,
 * without the newline), or NULL when there is none yet. */
char      *ws_read_schedule(const Lesson *l);
/* ws_save_schedule saves the learner's schedule string (atomically). */
bool       ws_save_schedule(const Lesson *l, const char *sched, char **cause);

/* ws_reset moves each learner copy to a timestamped backup
 * (main.go.2026-11-23T04-10-00.bak) and restores the starter. backups, if not
 * NULL, receives the backup paths made (owned by the caller: free items and
 * array with strlist_fini). Returns false with *cause set on failure. */
bool ws_reset(const Lesson *l, StrList *backups, char **cause);

/* ws_write_atomic writes len bytes to path through path.tmp, fsync and rename;
 * the old content survives any failure. Returns false with *cause set. */
bool ws_write_atomic(const char *path, const void *data, size_t len, char **cause);

/* strlist_fini frees the items and the array. */
void strlist_fini(StrList *s);

/* ---- progress (prog_) ------------------------------------------------- */

typedef enum { PROG_NEW, PROG_STARTED, PROG_DONE } ProgStatus;

typedef struct ProgEntry {
    ProgStatus status;      /* new/started/done */
    int        hints;       /* hints shown so far */
    uint64_t   seed;        /* last seed run or graded */
} ProgEntry;

typedef struct Progress Progress;

/* prog_path returns $XDG_STATE_HOME/gorolab/progress (default
 * ~/.local/state/gorolab/progress); a new string. */
char *prog_path(void);

/* prog_open reads the progress file at path (NULL = prog_path()). A missing
 * file is an empty progress. Rows it cannot read (an unknown status from a
 * newer gorolab, a damaged row) are skipped, kept to be written back
 * unchanged, and reported in *warning ("gorolab: progress file PATH: skipped
 * line 3 (unknown status); every other row is kept"), as is a directory in
 * place of the file; otherwise *warning is NULL. Never fails: returns a new
 * Progress, free with prog_free(). */
Progress *prog_open(const char *path, char **warning);
void      prog_free(Progress *p);

/* prog_get fills *out for (pack, lesson); PROG_NEW with zeros when unknown. */
void prog_get(const Progress *p, const char *pack_id, const char *lesson_id, ProgEntry *out);
/* prog_set records (pack, lesson) in memory; prog_save writes it. Any id
 * is fine (blanks, empty): the file escapes it. */
void prog_set(Progress *p, const char *pack_id, const char *lesson_id, const ProgEntry *e);
/* prog_save locks the file (flock on PATH.lock), re-reads it, merges the
 * rows set since the last save into it (a status or a hint count is never
 * lowered: a pass recorded by another lab or `gorolab grade` stays) and
 * writes it whole, atomically; p then holds the merged rows. Returns false
 * with *cause set. */
bool prog_save(Progress *p, char **cause);

const char *prog_status_name(ProgStatus s);   /* "new", "started", "done" */

#endif
