/* cli/cli.h: one function per subcommand; each returns the process exit status.
 * Each gets the command line from its own name on: argv[0] is "run", "grade"...
 * (for getopt_long, cli/opts.h), and accepts --help. */
#ifndef GOROLAB_CLI_CLI_H
#define GOROLAB_CLI_CLI_H

#include <stdbool.h>

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

/* cli_new implements `gorolab new PACK | PACK/LESSON` (src/cli/new.c). */
int cli_new(int argc, char **argv);

/* cli_pack implements `gorolab pack add DIR|FILE.tar.gz | list | remove ID`
 * (src/cli/pack.c). */
int cli_pack(int argc, char **argv);

/* cli_pack_path returns the folder of the installed pack `id`
 * ($XDG_DATA_HOME/gorolab/packs/ID) when key is not an existing path and
 * names an installed pack; else NULL. New string. */
char *cli_pack_path(const char *key);

/* cli_check_pack runs `gorolab check` on every lesson of the pack at dir,
 * printing as check does; returns the number of failed lessons (and of
 * lessons in *total), or -1 when the pack does not load. */
int cli_check_pack(const char *dir, bool verbose, int *total);

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

/* cli_diags_text formats d's problems as "file:line:col: msg" (sorted, at
 * most DIAG_MAX_SHOWN), the first at the start and the others on lines of
 * their own, indented by four spaces; no final newline. New string. */
struct DiagList;
char *cli_diags_text(struct DiagList *d);

/* cli_schedule_file writes a schedule string too long for a command line
 * (more than CLI_SCHEDULE_INLINE characters) to a new file under $TMPDIR,
 * for `gorolab run --schedule @FILE`; returns its path (new), or NULL. */
enum { CLI_SCHEDULE_INLINE = 160 };
/* cli_read_schedule reads a schedule argument (a string, or @FILE) and
 * checks that it parses: a new string, or NULL with *cause (new). */
char *cli_read_schedule(const char *arg, char **cause);
char *cli_schedule_file(const char *sched);

/* the largest Go source or schedule file run and explore read */
#define MAX_SOURCE_BYTES ((size_t)64 << 20)

#endif
