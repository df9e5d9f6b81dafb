/* rt/sema.h: wait queues keyed by an address, for package sync.
 *
 * Modelled on Go's runtime/sema.go: a table maps an address (here the Go
 * object and slot of the variable, e.g. a Mutex's cells) to a FIFO queue of
 * parked goroutines. sync's natives keep their state (counters, flags) in
 * their Go struct and use these queues only to park and ready goroutines.
 *
 * Protocol (rt/sched.h): sema_acquire parks the running goroutine and the
 * native returns NAT_BLOCK; sema_release sets the woken goroutine's
 * g->rt.wake.done and readies it; the native, re-run, sees wake.done, clears
 * it and completes. The waker may pass more in wake: wake.which (a
 * native-defined code, e.g. "the lock was handed to you") and wake.value.i
 * (the virtual time the waiter first parked, as given to sema_acquire).
 *
 * Invariants: a goroutine is on at most one queue; a queue in the table is
 * never empty (empty ones are removed). Ownership: the table belongs to the
 * VM (vm->sema), freed by sema_free; waiters are C nodes owned by the table.
 * Keys stay alive while they have waiters: a parked goroutine's registers
 * still hold the arguments of the native it is parked in.
 */
#ifndef GOROLAB_RT_SEMA_H
#define GOROLAB_RT_SEMA_H

#include <stdbool.h>
#include <stdint.h>
#include "vm/vm.h"

/* A semaphore address: the object holding the variable and its slot. */
typedef struct SemaKey {
    const void *obj;
    uint32_t    slot;
} SemaKey;

/* sema_key returns the key of pointer value p (o, aux). */
static inline SemaKey sema_key(Value p) { SemaKey k = {p.o, p.aux}; return k; }

/* sema_acquire parks g (the running goroutine) at the tail of key's queue,
 * waiting for `reason` on obj key.obj. The caller then returns NAT_BLOCK. */
void sema_acquire(VM *vm, G *g, SemaKey key, WaitReason reason);

/* sema_acquire_ex is sema_acquire with more: lifo queues g at the head (a
 * woken Mutex waiter that lost the race, as Go's semacquire1 lifo), since is
 * the virtual time g first started waiting (handed back in wake.value.i on
 * release), ticket a number matched by sema_release_ticket (sync.Cond). */
void sema_acquire_ex(VM *vm, G *g, SemaKey key, WaitReason reason, bool lifo, int64_t since,
                     uint32_t ticket);

/* sema_release readies the first waiter of key's queue (or every waiter when
 * all), in FIFO order, setting wake.done, wake.which = which and wake.value
 * to val_int(since). Returns how many it readied (0: nobody waited). */
int sema_release(VM *vm, SemaKey key, bool all, int which);

/* sema_release_ticket readies the waiter queued with ticket t, if any. */
bool sema_release_ticket(VM *vm, SemaKey key, uint32_t t, int which);

/* sema_waiters returns the number of goroutines parked on key. */
int sema_waiters(VM *vm, SemaKey key);

/* sema_first_since returns the park time (since) of key's first waiter, or
 * -1 with no waiter. */
int64_t sema_first_since(VM *vm, SemaKey key);

/* sema_free frees vm's table (at the end of the run; vm_free calls it). */
void sema_free(VM *vm);

#endif
