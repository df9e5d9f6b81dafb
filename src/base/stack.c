/* base/stack.c: run a function on a big stack and watch its depth (stack.h). */
#include "base/stack.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>

/* The lowest address the running stack_run's fn may use before it stops
 * (stacks grow down on every platform gorolab builds on); 0 outside. */
static _Thread_local uintptr_t stack_floor;

typedef struct Job {
    void (*fn)(void *);
    void *arg;
    size_t budget;
} Job;

static void run_job(Job *j)
{
    /* __builtin_frame_address: the real stack even when ASan moves locals
     * to its fake stack */
    uintptr_t base = (uintptr_t)__builtin_frame_address(0);
    stack_floor = base > j->budget ? base - j->budget : 1;
    j->fn(j->arg);
    stack_floor = 0;
}

static void *thread_main(void *p)
{
    run_job(p);
    return NULL;
}

void stack_run(void (*fn)(void *), void *arg)
{
    if (stack_floor) {   /* already on a watched stack */
        fn(arg);
        return;
    }
    Job j = {fn, arg, (size_t)STACK_RUN_SIZE - 2 * (size_t)STACK_RESERVE};
    pthread_attr_t at;
    pthread_t th;
    bool started = false;
    if (pthread_attr_init(&at) == 0) {
        if (pthread_attr_setstacksize(&at, (size_t)STACK_RUN_SIZE) == 0) {
            sigset_t all, old;
            sigfillset(&all);
            pthread_sigmask(SIG_SETMASK, &all, &old);   /* the thread inherits it */
            started = pthread_create(&th, &at, thread_main, &j) == 0;
            pthread_sigmask(SIG_SETMASK, &old, NULL);
        }
        pthread_attr_destroy(&at);
    }
    if (started) {
        pthread_join(th, NULL);
        return;
    }
    /* no thread (an address-space limit?): the caller's stack, conservatively */
    j.budget = (size_t)8 << 20;
    j.budget -= 2 * (size_t)STACK_RESERVE + ((size_t)1 << 20);
    run_job(&j);
}

bool stack_watched(void) { return stack_floor != 0; }

bool stack_deep(void)
{
    return stack_floor && (uintptr_t)__builtin_frame_address(0) < stack_floor + STACK_RESERVE;
}
