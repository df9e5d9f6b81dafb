/* tui/story.h: a failing schedule as a story: the choices of a (shrunk)
 * schedule that differ from the calm default, the ones where another choice
 * would have avoided the failure, in words with where each goroutine
 * stood. The lab shows it when it loads a grade's failure (f). */
#ifndef GOROLAB_TUI_STORY_H
#define GOROLAB_TUI_STORY_H

#include <stdbool.h>
#include <stdint.h>

/* story_build runs the program (paths) once under schedule with seed,
 * race and args as the grade ran it and returns the numbered steps (new
 * string, one per line), or NULL when the program does not compile or the
 * schedule does not parse. zh: in Chinese. */
char *story_build(const char *const *paths, int npaths, int go_minor, bool race, char *const *args, int nargs,
                  const char *schedule, bool zh);

#endif
