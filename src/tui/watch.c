/* tui/watch.c: file stamps by stat(2); polled by the lesson view a few
 * times a second, which is portable and cheap for one file. */
#include <sys/stat.h>

#include "tui/watch.h"

FileStamp watch_stamp(const char *path)
{
    struct stat st;
    FileStamp s = {0};
    if (stat(path, &st) != 0) return s;
    s.exists = true;
    s.mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    s.size = (int64_t)st.st_size;
    s.ino = (uint64_t)st.st_ino;
    return s;
}

bool watch_changed(FileStamp *st, const char *path)
{
    FileStamp now = watch_stamp(path);
    bool changed = now.exists != st->exists || now.mtime_ns != st->mtime_ns ||
                   now.size != st->size || now.ino != st->ino;
    *st = now;
    return changed;
}
