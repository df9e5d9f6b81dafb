/* cli/cli.h: one function per subcommand; each returns the process exit status. */
#ifndef GOROLAB_CLI_CLI_H
#define GOROLAB_CLI_CLI_H

enum { EXIT_USAGE = 64 };

/* cli_run implements `gorolab run FILE.go... [--seed N] [--go 1.N] [--max-steps N]
 * [--max-heap MIB] [--stats] [-- ARGS...]` (see man/gorolab.1). */
int cli_run(int argc, char **argv);

/* cli_explore implements `gorolab explore FILE.go... [--runs N] [--seed N] [--pct D]
 * [--exhaustive [--preemptions K]] [--keep-going]` (see man/gorolab.1). */
int cli_explore(int argc, char **argv);

/* cli_list implements `gorolab list [PACK] [--lang LANG]` (src/cli/list.c). */
int cli_list(int argc, char **argv);

/* cli_reset implements `gorolab reset LESSON [--pack PACK]` (src/cli/reset.c). */
int cli_reset(int argc, char **argv);

/* cli_grade implements `gorolab grade LESSON [FILE.go...] [--format text|json|tap|junit]
 * [--pack DIR] [--grader FILE.lua]` (src/cli/grade.c, man/gorolab-grader.7). */
int cli_grade(int argc, char **argv);

/* cli_check implements `gorolab check [PACK|LESSON...]` (src/cli/check.c). */
int cli_check(int argc, char **argv);

/* Shared by grade and check (src/cli/grade.c): cli_open_lesson loads the
 * pack holding `key` (a lesson YAML file, or an id/number/name in pack_dir,
 * NULL: the bundled pack) into *pack (free with pack_free, also on failure);
 * NULL with *cause (new string) when not found. cli_lesson_input copies the
 * lesson's facts into in->lesson (borrowed from l). */
struct Pack;
struct Lesson;
struct LabInput;
struct Lesson *cli_open_lesson(const char *key, const char *pack_dir, struct Pack **pack, char **cause);
void cli_lesson_input(const struct Lesson *l, struct LabInput *in);

/* cli_schedule_file writes a schedule string too long for a command line
 * (more than CLI_SCHEDULE_INLINE characters) to a new file under $TMPDIR,
 * for `gorolab run --schedule @FILE`; returns its path (new), or NULL. */
enum { CLI_SCHEDULE_INLINE = 160 };
/* cli_read_schedule reads a schedule argument (a string, or @FILE) and
 * checks that it parses: a new string, or NULL with *cause (new). */
char *cli_read_schedule(const char *arg, char **cause);
char *cli_schedule_file(const char *sched);

#endif
