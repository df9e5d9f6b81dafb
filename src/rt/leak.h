/* rt/leak.h: finding goroutines that can never run again (see rt/leak.c). */
#ifndef GOROLAB_RT_LEAK_H
#define GOROLAB_RT_LEAK_H

#include <stdbool.h>
#include "rt/sched.h"

/* leak_install makes every collection look for leaked goroutines (at the
 * scheduler's next switch: vm/gc.h). */
void leak_install(void);
/* leak_live sets live[i] (one per vm->allgs[i]) to whether goroutine i can
 * still run: it is not blocked on a channel or sync object, or something
 * that can run reaches what it waits on. It marks the heap as a
 * collection's first phase does and leaves the marks for the caller to
 * clear (gc_unmark_all, or gc_mark_log's gc_unmark_logged: vm/gc.h). */
void leak_live(VM *vm, bool *live);

#endif
