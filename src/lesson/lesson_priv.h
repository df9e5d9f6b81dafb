/* lesson/lesson_priv.h: what pack.c and lesson.c share (not for other modules). */
#ifndef GOROLAB_LESSON_LESSON_PRIV_H
#define GOROLAB_LESSON_LESSON_PRIV_H

#include "lesson/lesson.h"

/* lesson_load parses and validates the lesson YAML at path (shown in
 * diagnostics as disp); never NULL: problems mark it broken. */
Lesson *lesson_load(Pack *p, const char *name, const char *path, const char *disp, int number);
void lesson_free(Lesson *l);
void strlist_push(StrList *s, const char *v);
char *path_join(const char *a, const char *b);

#endif
