#!/bin/sh
# tests/cli/grade_order.sh: lab.order (src/grade/prelude.lua), Go's
# happens-before from a run's events, through a grader that demands every
# line another goroutine prints be ordered before main's last one: an
# unbuffered handshake (the receive completes the send), a channel used as a
# semaphore (the k-th receive before the (k+cap)-th send), a WaitGroup and a
# mutex order it on every schedule tried; a pause orders nothing.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
g=$srcdir/tests/grade
echo "1..4"
t=0
for case in handshake:0 semaphore:0 waitgroup:0 sleep:1; do
    p=${case%:*} want=${case#*:}
    t=$((t + 1))
    out=$("$GOROLAB" grade --grader "$g/order.lua" "$g/order_$p.go" 2>&1); st=$?
    if test $st = "$want"; then echo "ok $t - order_$p.go: exit $want"
    else echo "not ok $t - order_$p.go: exit $st, want $want"; printf '%s\n' "$out" | sed 's/^/# /'; fi
done
