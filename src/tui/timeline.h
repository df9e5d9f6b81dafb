/* tui/timeline.h: the timeline: every goroutine's life as a lane over
 * virtual time (running, runnable, each wait reason), with its channel
 * operations, closes and creations as marks, built from the event stream as
 * the program runs (the runner feeds it after every move) and kept after it
 * ends. The model knows nothing about curses: the unit tests and
 * bench/frame drive it; timeline_pane_fill (view.h) draws it. */
#ifndef GOROLAB_TUI_TIMELINE_H
#define GOROLAB_TUI_TIMELINE_H

#include <stdbool.h>
#include <stdint.h>
#include "rt/inspect.h"

/* What a lane shows at a time: the state classes, each with its colour. */
typedef enum TlClass {
    TL_NONE,       /* not yet created, or ended */
    TL_RUNNING, TL_RUNNABLE,
    TL_CHAN,       /* chan send / receive (nil ones too) */
    TL_SELECT,
    TL_SLEEP,
    TL_SYNC,       /* mutex, RWMutex, WaitGroup, Cond, semaphore */
    TL_OTHER,
    TL_NCLASS
} TlClass;

typedef enum TlMarkKind { TLM_SEND, TLM_RECV, TLM_CLOSE, TLM_CREATE, TLM_LEAK, TLM_PANIC, TLM_NMARK } TlMarkKind;

typedef struct TlSeg { int64_t t; uint8_t cls; uint8_t reason; } TlSeg;   /* from t on, until the next */
typedef struct TlMark { int64_t t; uint8_t kind; } TlMark;

typedef struct TlLane {
    int64_t     id;          /* goroutine id (0: an empty slot) */
    const char *fn;          /* its function, borrowed from the program */
    int64_t     born, died;  /* virtual ns; died -1 while it lives */
    bool        leaked;      /* reported as never able to run again */
    bool        big_marks;   /* it has a close, leak or panic mark (a group shows those) */
    TlSeg      *seg;
    int         nseg, capseg;
    TlMark     *mark;
    int         nmark, capmark;
} TlLane;

typedef struct Timeline {
    TlLane  *lanes;          /* by goroutine id - 1 */
    int64_t  nlanes, cap;
    int64_t  running;        /* the goroutine switched in last (0: none) */
    int64_t  end;            /* the latest time seen */
    uint64_t gen;            /* changes whenever something was fed */
    int64_t  items;          /* segments and marks kept, in all lanes */
    int64_t  full_at;        /* -1; else the time from which nothing more is kept (TL_MAX_ITEMS) */
} Timeline;

/* The timeline keeps at most this many segments and marks (16 bytes each):
 * a program that runs for a day of virtual time keeps its beginning, where
 * a leak begins, and the pane says where it stops. */
enum { TL_MAX_ITEMS = 1 << 21 };

void tl_reset(Timeline *tl);   /* empty it (a new run); keeps nothing */
void tl_free(Timeline *tl);
/* tl_feed appends n events, in the order they happened; now is the run's
 * virtual time (the lanes reach up to it). */
void tl_feed(Timeline *tl, const Event *ev, int64_t n, int64_t now);
/* tl_lane returns goroutine id's lane (NULL: none). */
const TlLane *tl_lane(const Timeline *tl, int64_t id);
/* tl_class_at returns the lane's class at time t (TL_NONE outside its life). */
TlClass tl_class_at(const TlLane *l, int64_t t);

/* tl_cells fills cls[0..ncells-1] with what a lane shows in each cell of dt
 * ns from t0: the class at the cell's end, or TL_RUNNING when it ran at any
 * time in the cell; marks[k] gets the last mark in cell k + 1 (0: none). */
void tl_cells(const TlLane *l, int64_t t0, int64_t dt, int ncells, uint8_t *cls, uint8_t *marks);
/* tl_count adds the lane's cells to count[cell][class] (tl_cells' classes,
 * for a group: what most of its goroutines do). */
void tl_count(const TlLane *l, int64_t t0, int64_t dt, int ncells, int (*count)[TL_NCLASS]);

#endif
