#!/bin/sh
# tests/cli/grade_order.sh: lab.order (src/grade/prelude.lua), Go's
# happens-before from a run's events and the runtime's log of the race
# detector's sync edges (r.hb, src/rt/hb.h), through a grader that demands
# every line another goroutine prints be ordered before main's last one. One
# program per edge of Go's memory model, each ordered only by that edge (it
# fails when the edge is missing): the go statement, an unbuffered handshake
# (the receive completes the send) also in a select on either side, a send
# before its receive (unbuffered and buffered), a channel used as a
# semaphore (the k-th receive before the (k+cap)-th send) also emptied by a
# select, a close, Mutex, RWMutex (Unlock before RLock, RUnlock before
# Lock), WaitGroup, Once, Cond, atomics (functions and typed), a context's
# cancel, errgroup, time.AfterFunc. A pause orders nothing, nor does a
# buffered hand-off order the receive before its own send (order_calm.lua:
# the calm schedule is the one where the receiver waits first).
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
g=$srcdir/tests/grade
cases="go:order:0 handshake:order:0 select:order:0 select_send:order:0 send:order:0
semaphore:order:0 select_buffered:order:0 close:order:0 mutex:order:0 rwmutex:order:0
waitgroup:order:0 once:order:0 cond:order:0 atomic:order:0 context:order:0
errgroup:order:0 afterfunc:order:0 sleep:order:1 handoff_buffered:order_calm:1"
echo "1..$(echo $cases | wc -w)"
t=0
for case in $cases; do
    p=${case%%:*} rest=${case#*:}
    grader=${rest%:*} want=${rest#*:}
    t=$((t + 1))
    out=$("$GOROLAB" grade --grader "$g/$grader.lua" "$g/order_$p.go" 2>&1); st=$?
    if test $st = "$want"; then echo "ok $t - order_$p.go ($grader.lua): exit $want"
    else echo "not ok $t - order_$p.go ($grader.lua): exit $st, want $want"; printf '%s\n' "$out" | sed 's/^/# /'; fi
done
