/* tui/view.h: the lesson view's state, shared by the files that make it:
 * view.c (the loop, keys, mouse, boxes), layout.c, the panes
 * (lesson_pane.c, src_pane.c, goro_pane.c, chan_pane.c, out_pane.c),
 * statusbar.c and editor.c. The run itself is runner.c; grading is
 * gradejob.c. */
#ifndef GOROLAB_TUI_VIEW_H
#define GOROLAB_TUI_VIEW_H

#include <stdbool.h>
#include <stdint.h>
#include "lesson/lesson.h"
#include "tui/challenge.h"
#include "tui/ggroup.h"
#include "tui/gradejob.h"
#include "tui/pane.h"
#include "tui/runner.h"
#include "tui/tui.h"
#include "tui/watch.h"

typedef enum PaneId { P_LESSON, P_SOURCE, P_GOROUTINES, P_CHANNELS, P_OUTPUT, P_TIMELINE, P_COUNT } PaneId;

enum {
    FRAME_MS = 40,       /* a frame while the program runs (25 per second) */
    IDLE_MS = 250,       /* how often the learner's file is checked while paused */
    NSPEEDS = 9,
    SPEED_DEFAULT = 3,
};

/* virtual time per wall second by speed; 0: one event per frame, -1: as fast as it goes */
extern const int64_t view_speed_ns[NSPEEDS];

typedef enum GroupMode { GROUP_AUTO, GROUP_ON, GROUP_OFF } GroupMode;

typedef struct View {
    Pack       *pack;
    Lesson     *l;
    const char *lang;
    Progress   *pg;
    Workspace  *ws;
    const char **paths;      /* the program: scenario files with the learner's copies */
    int         npaths;
    Runner      run;
    int         speed;       /* index into view_speed_ns */
    bool        running;     /* advancing between frames */
    int         hints;       /* hints shown */

    Pane        panes[P_COUNT];
    uint64_t    filled[P_COUNT];   /* the key each pane was last filled for */
    int         focus;
    int         zoom;        /* the pane shown alone (-1: none) */
    bool        demo;        /* the classroom layout: goroutines and channels big */
    bool        help;
    bool        timeline;    /* the Timeline pane is shown (T) */
    int64_t     tl_t0, tl_dt;/* its window: from t0, dt ns a cell (dt 0: fit the whole run) */

    /* Goroutines pane: its rows (snapshot indices, or groups when grouped) */
    GroupMode   group_mode;
    bool        grouped;
    int        *rows;
    GGroup     *groups;
    int         nrows;
    int64_t     sel_g;       /* goroutine id of the selected row (0: none) */
    int64_t     stack_g;     /* goroutine whose stack box is open (0: none) */

    /* Output pane: how much of run.out is wrapped into its lines */
    uint64_t    out_epoch;   /* run.out_epoch + 1 of those lines (0: none yet) */
    size_t      out_done;    /* bytes of complete lines wrapped */
    size_t      out_seen;    /* bytes of run.out shown (the tail included) */
    int         out_w;       /* at this width */
    int         out_tail;    /* lines of an unfinished last line (rewrapped when it grows) */

    /* the learner's copy: its text as last compiled (Source pane; NULL:
     * read it again) and its stamp then (a save after it reruns) */
    char       *src;
    FileStamp   copy_stamp;

    GradeJob   *job;         /* grading in progress (NULL: none) */
    char       *verdict;     /* the last grading's message (NULL: no box) */
    GradeVerdict verdict_kind;
    GradeReplay  failure;    /* the last failing grade's run (failure.set false: none) */
    bool         replaying;  /* the run is that failure's replay (f) */
    uint64_t     saved_seed; /* the lesson's own run, while replaying */
    bool         saved_race;
    bool        passed;      /* passed in this visit: the explanation shows */
    char       *notice;      /* one-line message in the status bar (NULL: none) */
    Challenge  *chal;        /* a challenge lesson (mode: schedule), tui/challenge.h; NULL: none */
    char       *story;       /* the replayed failure's choices that matter (tui/story.h); NULL: none */
    bool        confirm_reset;   /* R asked whether to reset the copy: the next key answers */
} View;

/* layout.c */
void layout_place(View *v);

/* the panes: each fills its lines from the view when what it shows changed */
void lesson_pane_fill(View *v, Pane *p);
void src_pane_fill(View *v, Pane *p);
void goro_pane_fill(View *v, Pane *p);
void chan_pane_fill(View *v, Pane *p);
void out_pane_fill(View *v, Pane *p);
void timeline_pane_fill(View *v, Pane *p);
/* timeline_key zooms the timeline in (zoom > 0) or out, pans it by quarters
 * of its width (pan), or fits the whole run again (fit). */
void timeline_key(View *v, int zoom, int pan, bool fit);
/* lesson_markdown appends s to t with the lessons' inline markdown drawn
 * as colours (`code`, *emphasis*, **strong**) and its markers left out. */
void lesson_markdown(const char *s, PaneText *t);
/* goro_pane_select moves the selection by delta rows (keeps sel_g in step). */
void goro_pane_select(View *v, int delta);
/* goro_pane_pick selects the row at line index k (a click). */
void goro_pane_pick(View *v, int k);
/* goro_pane_stack returns the text of the stack box for v->stack_g (new
 * string), or NULL when that goroutine is gone. */
char *goro_pane_stack(View *v);

/* statusbar.c */
void status_draw(View *v);
/* status_speed_name: "100ms/s", "1 event/frame", "max" */
const char *status_speed_name(int speed);

/* editor.c: $VISUAL/$EDITOR on the learner's copy, curses suspended */
void editor_open(View *v);

/* view.c: view_run (tui.h) is view_new, a loop of view_draw and keys, view_free;
 * bench/frame.c drives the same three without a terminal. */
View *view_new(Pack *pack, Lesson *l, const TuiOptions *o, Progress *pg, char **why);
void  view_draw(View *v);
void  view_free(View *v);
void view_set_notice(View *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* view_duration writes d short for a column: "850µs", "20ms", "1.25s", "3m10s". */
void view_duration(int64_t d, char *out, size_t size);

#endif
