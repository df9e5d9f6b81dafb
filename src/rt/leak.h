/* rt/leak.h: finding goroutines that can never run again (see rt/leak.c). */
#ifndef GOROLAB_RT_LEAK_H
#define GOROLAB_RT_LEAK_H

#include "rt/sched.h"

/* leak_install makes every collection look for leaked goroutines (at the
 * scheduler's next switch: vm/gc.h). */
void leak_install(void);

#endif
