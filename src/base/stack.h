/* base/stack.h: recursion on a known stack. stack_run calls fn(arg) on a
 * thread with a large stack of its own (the compiler's recursive descent
 * then handles deep but legal programs: long chains of constants, type
 * aliases or terms), and stack_deep tells a recursive function that this
 * stack is nearly used up, so that it can report an error instead of
 * crashing. Stack use is measured in bytes, so the guard holds whatever the
 * frame sizes (a sanitizer build has bigger ones). */
#ifndef GOROLAB_BASE_STACK_H
#define GOROLAB_BASE_STACK_H

#include <stdbool.h>
#include <stddef.h>

/* The stack stack_run gives fn, and what stack_deep keeps in reserve. */
enum { STACK_RUN_SIZE = 512 << 20, STACK_RESERVE = 1 << 20 };

/* stack_run runs fn(arg) to completion on a STACK_RUN_SIZE stack (on the
 * calling thread, with an 8 MiB budget, if no thread can be made). Signals
 * are blocked on that thread: they go to the caller's. Nested calls run in
 * place. */
void stack_run(void (*fn)(void *), void *arg);

/* stack_deep: true when the current frame is within STACK_RESERVE of the
 * end of the stack stack_run provides; always false outside stack_run. */
bool stack_deep(void);

/* stack_watched: running under stack_run (so stack_deep is meaningful). */
bool stack_watched(void);

#endif
