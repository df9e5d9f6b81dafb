/* rt/unblock.h: who could unblock a goroutine: what it waits on (the
 * channel, mutex, WaitGroup...), where that was made, which other live
 * goroutines still hold a reference to it (and could therefore send,
 * receive, close, unlock or call Done), which of those are blocked
 * themselves, and whether nothing that can run will ever reach it (the
 * leak detector's answer, rt/leak.c). Part of the inspection API: the
 * results are copies, owned by the caller, for the TUI's stack box and the
 * grader's lab.explain, which say it in the same words (unblock_say). */
#ifndef GOROLAB_RT_UNBLOCK_H
#define GOROLAB_RT_UNBLOCK_H

#include <stdbool.h>
#include <stdint.h>
#include "base/buf.h"
#include "rt/inspect.h"

typedef enum UnblockKind {
    UNB_CHAN, UNB_MUTEX, UNB_RWMUTEX, UNB_WAITGROUP, UNB_COND, UNB_SEMA, UNB_NONE,
} UnblockKind;

typedef struct UnblockObj {
    UnblockKind kind;
    uint32_t chan_id;       /* UNB_CHAN */
    char    *name;          /* the channel's variable, when known; else NULL */
    char    *type;          /* "chan int" */
    char    *made_file;     /* where make() ran (absolute path), or NULL */
    int      made_line;
    bool     closed;
    bool     send;          /* the goroutine waits to send on it (else to receive) */
} UnblockObj;

typedef struct UnblockHolder {
    int64_t  id;
    char    *func;          /* innermost package-main function ("main.main"), else the top one */
    char    *state;         /* "running", "runnable" or Go's wait reason */
    bool     blocked;       /* it waits itself */
    bool     leaked;        /* and can never run again either */
} UnblockHolder;

enum { UNBLOCK_MAX_BLOCKED = 64, UNBLOCK_MAX_GROUPS = 16 };

/* Holders counted by function and state (all of them, not only those kept). */
typedef struct UnblockGroup {
    char *func, *state;
    int   count;
} UnblockGroup;

typedef struct Unblock {
    int64_t     g;
    WaitReason  reason;     /* WAIT_NONE: not blocked */
    UnblockObj *objs;       /* what it waits on (a select: every case's channel) */
    int         nobjs;
    bool        global;     /* a package variable, a timer or a value in flight reaches it */
    UnblockHolder *holders; /* the other live goroutines whose stacks reach it, by id: every
                             * one that can run, and the first UNBLOCK_MAX_BLOCKED blocked ones */
    int         nholders, capholders;
    int         total;      /* how many hold it in all */
    int         nblocked;   /* blocked ones among holders */
    UnblockGroup groups[UNBLOCK_MAX_GROUPS];   /* the holders by function and state (the rest: others) */
    int         ngroups, others;
    bool        leaked;     /* nothing that can run reaches it: it can never run again */
} Unblock;

/* insp_unblock answers for goroutine id (NULL when there is none). Costs
 * one walk of the heap per live goroutine; call it on demand, between
 * steps. Free with unblock_free. */
Unblock *insp_unblock(VM *vm, int64_t id);
/* insp_unblock_blocked answers for every goroutine blocked on a channel or
 * a sync object at once (one walk per live goroutine in all); *n gets the
 * count. Free with unblock_free_all. */
Unblock *insp_unblock_blocked(VM *vm, int *n);
void unblock_free(Unblock *u);
void unblock_free_all(Unblock *u, int n);

/* unblock_say appends the explanation: what it waits on and where that was
 * made, who holds it and could wake it, and the verdict, e.g.
 *   nobody else holds `results`: this goroutine can never run again (leaked)
 * lines: several lines for a box (else one sentence, for lab.explain);
 * lang "zh...": Chinese. */
void unblock_say(const Unblock *u, bool lines, const char *lang, Buf *out);
/* unblock_verdict appends only the last sentence (the verdict). */
void unblock_verdict(const Unblock *u, const char *lang, Buf *out);

#endif
