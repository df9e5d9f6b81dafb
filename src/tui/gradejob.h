/* tui/gradejob.h: grading in a child process, so the lab stays responsive
 * (a grader runs the program many times: seconds) and a grader that
 * crashes or hangs cannot take the lab down with it. */
#ifndef GOROLAB_TUI_GRADEJOB_H
#define GOROLAB_TUI_GRADEJOB_H

#include <stdbool.h>
#include "grade/lab.h"
#include "lesson/lesson.h"

typedef struct GradeJob GradeJob;

typedef struct GradeOutcome {
    GradeVerdict verdict;
    char        *message;    /* the grader's explanation; free() it */
    GradeReplay  replay;     /* the failing run (replay.set false: none); grade_replay_clear it */
} GradeOutcome;

/* gradejob_start forks a child that grades the files (paths, the learner's
 * program) with the lesson's grader, its messages in lang (NULL: the
 * default). NULL with *why (new string) when it cannot start. */
GradeJob *gradejob_start(const Lesson *l, const char *lang, const char *const *paths, int npaths, char **why);
/* gradejob_poll returns true once the child finished, filling *out; it
 * never blocks. The job is freed then. */
bool gradejob_poll(GradeJob *j, GradeOutcome *out);
/* gradejob_cancel kills the child and frees the job. */
void gradejob_cancel(GradeJob *j);
/* gradejob_seconds: wall time since the start. */
double gradejob_seconds(const GradeJob *j);

#endif
