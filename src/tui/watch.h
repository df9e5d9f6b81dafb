/* tui/watch.h: noticing that a file changed on disk (the learner saved it
 * from an editor outside the lab): its modification time, size and inode. */
#ifndef GOROLAB_TUI_WATCH_H
#define GOROLAB_TUI_WATCH_H

#include <stdbool.h>
#include <stdint.h>

typedef struct FileStamp {
    bool     exists;
    int64_t  mtime_ns, size;
    uint64_t ino;
} FileStamp;

/* watch_stamp reads path's stamp now. */
FileStamp watch_stamp(const char *path);
/* watch_changed tells whether path differs from *st, and updates *st. */
bool watch_changed(FileStamp *st, const char *path);

#endif
