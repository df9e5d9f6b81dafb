/* grade/lab.h: grading one learner program with one Lua grader: the `lab`
 * table (lab.run, lab.explore, lab.explain, lab.source, lab.lesson) and the
 * expect/pass/fail globals, in a fresh sandbox (grade/sandbox.h).
 *
 * The grader's verdict: FAIL as soon as expect() sees a false condition or
 * fail() is called (sticky: a pcall in the grader cannot undo it); ERROR when
 * the grader itself breaks (a Lua error, a cap of the sandbox); PASS
 * otherwise. man/gorolab-grader.7 is the grader author's reference.
 *
 * Ownership: lab_grade borrows everything in LabInput; GradeResult owns its
 * strings (grade_result_fini).
 */
#ifndef GOROLAB_GRADE_LAB_H
#define GOROLAB_GRADE_LAB_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include "grade/sandbox.h"
#include "lang/compile.h"

/* What the grader may know about the lesson (all borrowed; any may be NULL). */
typedef struct LabLesson {
    const char *id, *title;
    const char *go;                   /* "1.22"; NULL: newest semantics */
    const char *lang;                 /* the learner's language ("en", "zh"); NULL: "en" */
    const char *const *watch_channels;  /* NULL-terminated or NULL */
    const char *const *watch_funcs;
    const char *const *hints;
    const char *mode;                 /* "edit" or "schedule" (a challenge); NULL: "edit" */
    bool        memory;               /* switch_points: [memory]: lab.run's memory default */
} LabLesson;

typedef struct LabInput {
    LabLesson         lesson;
    const SourceFile *files;          /* the learner's program */
    int               nfiles;
    const char       *grader_name;    /* "04-wg-add.lua": shown in messages */
    const char       *grader_text;
    size_t            grader_len;
    SbxLimits         limits;         /* zeros: the defaults */
    const char       *schedule;       /* a challenge's schedule (lab.schedule), or NULL */
} LabInput;

typedef enum GradeVerdict { GRADE_PASS, GRADE_FAIL, GRADE_ERROR } GradeVerdict;

/* One expect/pass/fail call: a test case in the TAP/JUnit/JSON reports. */
typedef struct GradeCheck {
    char *name;        /* "expect at 04-wg-add.lua:12" */
    bool  ok;
    char *message;     /* the grader's message ("" when none) */
} GradeCheck;

/* How to run again the program run that a failing check judged: the last
 * lab.run before it, or lab.explore's first failing schedule. */
typedef struct GradeReplay {
    bool      set;        /* a run was made before the failure */
    uint64_t  seed;
    bool      race;
    bool      memory;     /* package variables were switch points (gorolab run --memory-points) */
    char     *schedule;   /* the schedule string (NULL: the seed's own schedule) */
    char    **args;       /* os.Args[1:]: the lesson's world */
    int       nargs;
} GradeReplay;

typedef struct GradeResult {
    GradeVerdict verdict;
    char        *message;   /* pass message, first failure, or the grader's error */
    char        *grader;    /* grader name */
    char        *lesson;    /* lesson id or title; "" when none */
    GradeCheck  *checks;
    int          nchecks;
    char        *output;    /* what the grader printed */
    const char  *hint;      /* borrowed: the next hint to show (NULL: none) */
    int          hints_left;
    double       seconds;   /* wall time of the grading */
    long long    runs;      /* programs run: by lab.run and by lab.explore */
    long long    explored;  /* of those, schedules lab.explore ran */
    double       explore_cpu;   /* CPU seconds spent in lab.explore */
    GradeReplay  replay;    /* of a failure (replay.set false: none or a pass) */
    char        *replay_cmd;    /* the gorolab run command that replays it (NULL: none) */
} GradeResult;

/* lab_grade runs in's grader against in's program and fills *out (always:
 * errors are GRADE_ERROR results). Returns out->verdict == GRADE_PASS. */
bool lab_grade(const LabInput *in, GradeResult *out);
void grade_result_fini(GradeResult *r);

/* lab_grade_bounded is lab_grade in a child process (grade/watchdog.c) that
 * is killed when in's wall-clock limit (plus a short grace) has passed,
 * whatever the grader does: a looping xpcall handler, a C-level
 * string.find, a long step of the program. The child dies with the caller
 * (PR_SET_PDEATHSIG). A killed or crashed child is a GRADE_ERROR result
 * ("grader f.lua: time limit exhausted (30000 ms)"). */
bool lab_grade_bounded(const LabInput *in, GradeResult *out);
/* lab_child_setup: call first in a forked grading child of parent: it gets
 * SIGKILL when parent dies (and exits at once if parent already has). */
void lab_child_setup(pid_t parent);
/* lab_limits_env sets l->wall_ms from $GOROLAB_GRADE_TIME (a duration:
 * "30s", "500ms"), when it is set and valid. */
void lab_limits_env(SbxLimits *l);
void grade_replay_clear(GradeReplay *r);   /* frees r's strings; r is then unset */
/* grade_replay_command is the `gorolab run` command that replays r on files
 * (new string); with sched_file, it reads the schedule from that file. */
char *grade_replay_command(const SourceFile *files, int nfiles, const GradeReplay *r, const char *sched_file);

const char *grade_verdict_name(GradeVerdict v);   /* "pass", "fail", "error" */

/* Go files read from disk for LabInput.files. */
typedef struct LabFiles {
    SourceFile *files;    /* name = the path as given; abspath = realpath */
    int         n;
} LabFiles;

/* lab_files_read reads paths[0..n); false with *cause (new string) when one
 * cannot be read. Free with lab_files_free (also after a failure). */
bool lab_files_read(LabFiles *lf, const char *const *paths, int n, char **cause);
void lab_files_free(LabFiles *lf);
/* lab_files_seal marks the world files of lesson l in lf, read from
 * lesson_program(l, ...): the scenario files that are not in scenario.edit.
 * The edit files then see only what the world exports (lang/world.c).
 * Nothing is marked when lf is not the lesson's program. */
struct Lesson;
void lab_files_seal(LabFiles *lf, const struct Lesson *l);

/* lab_read_text reads a whole file into a new NUL-terminated string (*len
 * its length); NULL with errno set on failure. */
char *lab_read_text(const char *path, size_t *len);
/* Only regular files of at most LAB_MAX_TEXT bytes are read: a FIFO or a
 * device fails at once (never blocks) with errno EINVAL, a directory with
 * EISDIR, "" with ENOENT; read_file_error(errno) (base/readfile.h) is the
 * message for people. */
#define LAB_MAX_TEXT ((size_t)64 << 20)

/* Defaults of lab.run's limits for a learner program. */
#define LAB_DEFAULT_STEPS 50000000ULL    /* instructions per run */
#define LAB_MAX_EVENTS    20000          /* events copied into a result (the last ones) */
#define LAB_MAX_OUTPUT    (1 << 20)      /* bytes of stdout/stderr kept per run */

#endif
