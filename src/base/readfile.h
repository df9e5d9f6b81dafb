/* base/readfile.h: reading a whole regular file into memory, safely: a FIFO,
 * a device or a directory is refused at once (never a blocking read), and so
 * is a file over a size limit. */
#ifndef GOROLAB_BASE_READFILE_H
#define GOROLAB_BASE_READFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

/* read_regular_file appends the contents of path (at most max bytes) to out.
 * false with errno set: the open's error, EISDIR, EINVAL (not a regular
 * file) or EFBIG (over max, also when it grew while being read). */
bool read_regular_file(const char *path, Buf *out, size_t max);

/* read_file_error says why read_regular_file failed, for people. */
const char *read_file_error(int err);

#endif
