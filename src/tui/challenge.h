/* tui/challenge.h: a challenge lesson (mode: schedule) in the lesson view:
 * the learner is the scheduler. The run stops at every choice between
 * runnable goroutines (rt/explore.h, asking); the Goroutines pane marks the
 * candidates [1]..[9]; a digit (or Enter on a marked row) runs that
 * goroutine to its next switch point, n lets the stopped one go on, b takes
 * the last pick back (a replay of the others), Space finishes the run with
 * the calm default. When the run ends the lesson's grader checks the goal
 * on the schedule made (lab.schedule), which is saved in the workspace
 * (gorolab grade CHALLENGE grades it); on success the storyboard (numbered
 * steps: goroutine, line, what it did) and the replay command are shown.
 * The view calls these from small hooks; the state lives here. */
#ifndef GOROLAB_TUI_CHALLENGE_H
#define GOROLAB_TUI_CHALLENGE_H

#include <stdbool.h>
#include <stdint.h>
#include "tui/keys.h"
#include "tui/pane.h"

struct View;
typedef struct Challenge Challenge;

/* chal_new makes v's run an asking one (no race detector: its reports
 * would be switch points the grader's run does not have). */
Challenge *chal_new(struct View *v);
void chal_free(Challenge *c);
/* chal_started: after runner_start, run to the first choice. */
void chal_started(struct View *v);
/* chal_key handles a key of the view in challenge mode (c the raw key, k
 * its action); false when the view should handle it as usual. */
bool chal_key(struct View *v, KeyAction k, int c);
/* chal_clicked: a click on the Goroutines pane selected v->sel_g; a marked
 * goroutine runs (a pick). */
void chal_clicked(struct View *v);
/* chal_candidate returns k (1..9) when goroutine id is the k-th candidate of
 * the choice the run is stopped at, else 0. */
int chal_candidate(const struct View *v, int64_t id);
/* chal_gen changes whenever what chal_lesson_fill shows changes. */
uint64_t chal_gen(const struct View *v);
/* chal_lesson_fill appends the challenge's part to the Lesson pane: whose
 * turn it is, the storyboard so far, the result. */
void chal_lesson_fill(struct View *v, Pane *p);
/* chal_status returns the status bar's key hint in challenge mode. */
const char *chal_status(const struct View *v);

extern const KeyBinding keys_challenge[];

#endif
