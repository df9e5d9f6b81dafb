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
/* lesson_valid_id: lowercase letters, digits, dashes and underscores, starting
 * with a letter or digit (lesson and pack ids: they become folder names). */
bool lesson_valid_id(const char *s);
/* lesson_safe_rel: a relative path with no ".." component (and not empty). */
bool lesson_safe_rel(const char *s);
/* lesson_inside returns NULL when path (which exists) resolves, symbolic links
 * followed, inside the folder root (a realpath); else the new resolved path
 * (free it) for a message. */
char *lesson_inside(const char *path, const char *root);

#endif
