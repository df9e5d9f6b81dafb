/* base/path.h: the last element of a slash-separated path ("main.go" of
 * "/home/x/lesson/main.go"); "" for NULL. */
#ifndef GOROLAB_BASE_PATH_H
#define GOROLAB_BASE_PATH_H

#include <string.h>

static inline const char *path_base(const char *p)
{
    const char *s = p ? strrchr(p, '/') : NULL;
    return s ? s + 1 : p ? p : "";
}

#endif
