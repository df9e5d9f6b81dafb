/* base/readfile.c: see base/readfile.h. */
#include "base/readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"

bool read_regular_file(const char *path, Buf *out, size_t max)
{
    /* O_NONBLOCK: opening a FIFO with no writer must not wait for one */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st;
    int e = fstat(fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : !S_ISREG(st.st_mode) ? EINVAL
          : (size_t)st.st_size > max ? EFBIG : 0;
    size_t start = out->len;
    char chunk[65536];
    while (!e) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) e = errno;
        else if (r == 0) break;
        else if (out->len - start + (size_t)r > max) e = EFBIG;
        else buf_add(out, chunk, (size_t)r);
    }
    close(fd);
    if (e) {
        out->len = start;
        if (out->data) out->data[start] = 0;
        errno = e;
        return false;
    }
    return true;
}

const char *read_file_error(int err)
{
    switch (err) {
    case EINVAL: return _("not a regular file (a FIFO, a socket or a device)");
    case EISDIR: return _("a directory, not a file");
    case EFBIG: return _("file too large");
    default: return strerror(err);
    }
}
