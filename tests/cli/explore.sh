#!/bin/sh
# tests/cli/explore.sh: `gorolab explore` finds a check-then-act bug that
# the default seed does not show, prints a schedule string, and
# `gorolab run --schedule` replays the failure exactly; exhaustive search
# visits the hand-counted number of schedules (tests/unit/explore_test.c
# explains the count); the failure is shrunk to its one preemption (a v2
# string, "shrunk from N to M decisions"); the same arguments print the same report; the timing
# adversary shows that a sleep is not synchronisation (--no-timing does not),
# run --schedule @FILE reads a schedule string from a file (explore
# writes one there when it is too long for a command line), and printed
# pointers do not depend on the schedule (no false "output differs"), and
# a map write is a choice point: explore stops a goroutine in mid-write and
# finds Go's "concurrent map writes" (a run of the default seed does not),
# and a map guarded by a mutex never shows it; under PCT a goroutine that
# yields (runtime.Gosched) drops below the others, so a spin lock's holder runs;
# len(ch) is a choice point too: a check of a channel's length before a send is
# found stale (the old scheduler ran both in one slice on 500 schedules);
# under PCT only a yield soon after another (a spin) drops a goroutine's
# priority, so `Sleep; Gosched; Sleep` in main is found to wait for nothing
# (a single Gosched used to hand the printer the CPU: 0 of 100 schedules);
# a starvation episode keeps a goroutine off the CPU across several of the
# sleeper's sleeps, so a main that sleeps twice instead of waiting is found
# within the 7 schedules a grader explores (before: Sleep, Gosched, Sleep
# first failed at schedule 12 (random), a poll between sleeps at 26
# (random) and 42 (PCT), two sleeps around a pause at 12 (PCT)), while a
# main that pauses and then spins with Gosched on an atomic flag until the
# worker sets it passes every schedule (the episode ends when main spins).
d=${srcdir:-.}/tests/cli/testdata
bank=$d/explore_bank.go
tiny=$d/explore_tiny.go
racy=$d/explore_racy.go
sleepy=$d/explore_sleepy.go
spin=$d/explore_spin.go
lencheck=$d/explore_lencheck.go
goschedwait=$d/explore_gosched_wait.go
sleeppoll=$d/explore_sleep_poll.go
sleeptwice=$d/explore_sleep_twice.go
sleepspin=$d/explore_sleep_spin.go
t=${TMPDIR:-/tmp}/gorolab-explore.$$
trap 'rm -f "$t".*' EXIT
echo "1..27"
out=$("$GOROLAB" run "$bank" 2>"$t.err"); st=$?
if test $st = 0 && test "$out" = done; then echo "ok 1 - the default seed does not show the bug"
else echo "not ok 1 - the default seed does not show the bug (exit $st, output '$out')"; fi
"$GOROLAB" explore "$bank" --runs 200 >"$t.1" 2>"$t.err"; st=$?
if test $st = 1 && grep -q '^first failure: schedule [0-9]*: panic' "$t.1" && grep -q 'panic: overdrawn' "$t.1"
then echo "ok 2 - random exploration finds the overdraft"
else echo "not ok 2 - random exploration finds the overdraft (exit $st)"; sed 's/^/# /' "$t.1" "$t.err"; fi
sched=$(sed -n "s/^    gorolab run .* --schedule '\(v[12]-[^']*\)'\$/\1/p" "$t.1")
"$GOROLAB" run "$bank" --schedule "$sched" >"$t.out" 2>"$t.err"; st=$?
if test -n "$sched" && test $st = 2 && grep -q '^panic: overdrawn: balance -50' "$t.err"
then echo "ok 3 - run --schedule replays the failure"
else echo "not ok 3 - run --schedule replays the failure (exit $st, schedule '$sched')"; sed 's/^/# /' "$t.err"; fi
"$GOROLAB" explore "$bank" --runs 200 >"$t.2" 2>&1
if cmp -s "$t.1" "$t.2"; then echo "ok 4 - same arguments, same report"
else echo "not ok 4 - same arguments, same report"; fi
"$GOROLAB" explore "$bank" --exhaustive --preemptions 2 >"$t.3" 2>&1; st=$?
sched=$(sed -n "s/^    gorolab run .* --schedule '\(v[12]-[^']*\)'\$/\1/p" "$t.3")
"$GOROLAB" run "$bank" --schedule "$sched" >/dev/null 2>"$t.err"; st2=$?
if test $st = 1 && test $st2 = 2 && grep -q '^panic: overdrawn' "$t.err"
then echo "ok 5 - exhaustive search finds it too, and it replays"
else echo "not ok 5 - exhaustive search finds it too, and it replays (exit $st, $st2)"; sed 's/^/# /' "$t.3"; fi
"$GOROLAB" explore "$bank" --pct 3 --runs 500 >"$t.4" 2>&1; st=$?
sched=$(sed -n "s/^    gorolab run .* --schedule '\(v[12]-[^']*\)'\$/\1/p" "$t.4")
"$GOROLAB" run "$bank" --schedule "$sched" >/dev/null 2>"$t.err"; st2=$?
if test $st = 1 && test $st2 = 2; then echo "ok 6 - PCT finds it, and it replays"
else echo "not ok 6 - PCT finds it, and it replays (exit $st, $st2)"; sed 's/^/# /' "$t.4"; fi
out=$("$GOROLAB" explore "$tiny" --exhaustive --preemptions 2 2>&1); st=$?
if test $st = 0 && test "$out" = "explored 8 schedules (exhaustive, at most 2 preemptions, seed 1), all of them: 0 failed"
then echo "ok 7 - exhaustive search of a correct program: 8 schedules, none failed"
else echo "not ok 7 - exhaustive search of a correct program: 8 schedules, none failed (exit $st)"; echo "# $out"; fi
"$GOROLAB" run "$bank" --schedule 'v9-nonsense' >/dev/null 2>&1; st=$?
if test $st = 64; then echo "ok 8 - a malformed schedule string is a usage error"
else echo "not ok 8 - a malformed schedule string is a usage error (exit $st)"; fi
"$GOROLAB" explore "$tiny" --runs 10 --keep-going >"$t.5" 2>&1; st=$?
if test $st = 0 && grep -q '^explored 10 schedules (random, seed 1): 0 failed$' "$t.5"
then echo "ok 9 - a correct program passes random exploration"
else echo "not ok 9 - a correct program passes random exploration (exit $st)"; sed 's/^/# /' "$t.5"; fi
if "$GOROLAB" run --race "$tiny" >/dev/null 2>&1; then
    "$GOROLAB" explore "$racy" --race --runs 20 >"$t.6" 2>&1; st=$?
    sched=$(sed -n "s/^    gorolab run .* --race --schedule '\(v[12]-[^']*\)'\$/\1/p" "$t.6")
    "$GOROLAB" run "$racy" --race --schedule "$sched" >/dev/null 2>"$t.err"; st2=$?
    if test $st = 1 && grep -q ': data race$' "$t.6" && test -n "$sched" && grep -q 'WARNING: DATA RACE' "$t.err"
    then echo "ok 10 - --race: a data race fails the schedule, and it replays"
    else echo "not ok 10 - --race: a data race fails the schedule, and it replays (exit $st)"; sed 's/^/# /' "$t.6"; fi
else
    echo "ok 10 - --race # SKIP no race detector"
fi
"$GOROLAB" explore "$sleepy" --no-timing --runs 300 >"$t.7" 2>&1; st=$?
if test $st = 0; then echo "ok 11 - --no-timing: under a fair clock the sleep always looks long enough"
else echo "not ok 11 - --no-timing: under a fair clock the sleep always looks long enough (exit $st)"; sed 's/^/# /' "$t.7"; fi
"$GOROLAB" explore "$sleepy" --runs 300 >"$t.8" 2>&1; st=$?
sched=$(sed -n "s/^    gorolab run .* --schedule '\(v[12]-[^']*\)'\$/\1/p" "$t.8")
out=$("$GOROLAB" run "$sleepy" --schedule "$sched" 2>/dev/null)
if test $st = 1 && grep -q 'output differs\|goroutine leak' "$t.8" && test -n "$sched" && test "$out" != 3
then echo "ok 12 - the timing adversary starves the workers past the sleep, and it replays ($out)"
else echo "not ok 12 - the timing adversary starves the workers past the sleep, and it replays (exit $st, '$out')"; sed 's/^/# /' "$t.8"; fi
printf '%s\n' "$sched" >"$t.sched"
out2=$("$GOROLAB" run "$sleepy" --schedule "@$t.sched" 2>/dev/null); st=$?
if test -n "$sched" && test "$out2" = "$out"; then echo "ok 13 - run --schedule @FILE reads the schedule from a file"
else echo "not ok 13 - run --schedule @FILE reads the schedule from a file (exit $st, '$out2')"; fi
# the program's own arguments: after --, and in the replay command
sc=${srcdir:-.}/lessons/01-basics/scenarios/01-unclosed-channel
"$GOROLAB" explore "$sc/main.go" "$sc/world.go" --runs 50 -- -n=3 >"$t.10" 2>&1; st=$?
cmd=$(sed -n 's/^    gorolab run //p' "$t.10")
if test $st = 1 && printf '%s\n' "$cmd" | grep -q -- " -- '-n=3'\$"
then echo "ok 14 - explore -- ARGS gives the program its arguments, and the replay command keeps them"
else echo "not ok 14 - explore -- ARGS gives the program its arguments, and the replay command keeps them (exit $st)"; sed 's/^/# /' "$t.10"; fi
"$GOROLAB" explore "$d/explore_pointers.go" --runs 30 >"$t.11" 2>&1; st=$?
if test $st = 0 && grep -q '^explored 30 schedules (random, seed 1): 0 failed$' "$t.11"
then echo "ok 15 - printed pointers are the same on every schedule"
else echo "not ok 15 - printed pointers are the same on every schedule (exit $st)"; sed 's/^/# /' "$t.11"; fi
maps=${srcdir:-.}/tests/go/maps
"$GOROLAB" explore "$maps/concurrent_writes.go" --runs 100 >"$t.12" 2>&1; st=$?
sched=$(sed -n "s/^    gorolab run .* --schedule '\(v[12]-[^']*\)'\$/\1/p" "$t.12")
"$GOROLAB" run "$maps/concurrent_writes.go" --schedule "$sched" >/dev/null 2>"$t.err"; st2=$?
if test $st = 1 && grep -q 'fatal error: concurrent map writes' "$t.12" && test $st2 = 2 &&
   grep -q '^fatal error: concurrent map writes' "$t.err"
then echo "ok 16 - explore stops a map write midway: concurrent map writes, and it replays"
else echo "not ok 16 - explore stops a map write midway: concurrent map writes, and it replays (exit $st, $st2)"; sed 's/^/# /' "$t.12"; fi
"$GOROLAB" explore "$maps/concurrent_mutex.go" --runs 50 >"$t.13" 2>&1; st=$?
if test $st = 0; then echo "ok 17 - a map under a mutex passes every explored schedule"
else echo "not ok 17 - a map under a mutex passes every explored schedule (exit $st)"; sed 's/^/# /' "$t.13"; fi
# shrinking: the overdraft needs one preemption; --no-shrink prints the schedule found
if grep -q '^shrunk from [0-9]* to [0-9]* decisions ([0-9]* preemptions* to 1) in [0-9]* runs$' "$t.1" &&
   grep -q "schedule 'v2-" "$t.1"
then echo "ok 18 - the failure is shrunk to one preemption"
else echo "not ok 18 - the failure is shrunk to one preemption"; sed 's/^/# /' "$t.1"; fi
"$GOROLAB" explore "$bank" --runs 200 --no-shrink >"$t.14" 2>&1; st=$?
if test $st = 1 && ! grep -q '^shrunk' "$t.14" && grep -q "schedule 'v1-" "$t.14"
then echo "ok 19 - --no-shrink prints the schedule found"
else echo "not ok 19 - --no-shrink prints the schedule found (exit $st)"; sed 's/^/# /' "$t.14"; fi
"$GOROLAB" explore "$spin" --pct 3 --runs 60 --max-steps 2000000 >"$t.15" 2>&1; st=$?
if test $st = 0 && grep -q '^explored 60 schedules (PCT depth 3, seed 1): 0 failed$' "$t.15"
then echo "ok 20 - PCT lets a spin lock's holder run when the spinner yields"
else echo "not ok 20 - PCT lets a spin lock's holder run when the spinner yields (exit $st)"; sed 's/^/# /' "$t.15"; fi
"$GOROLAB" explore "$lencheck" --runs 100 >"$t.16" 2>&1; st=$?
if test $st = 1 && grep -q '^first failure: schedule [0-9]*: deadlock' "$t.16"
then echo "ok 21 - explore switches goroutines after len(ch): check-then-send deadlocks"
else echo "not ok 21 - explore switches goroutines after len(ch): check-then-send deadlocks (exit $st)"; sed 's/^/# /' "$t.16"; fi
"$GOROLAB" explore "$goschedwait" --pct 3 --runs 100 >"$t.17" 2>&1; st=$?
if test $st = 1 && grep -q '^first failure: schedule [0-9]*: output differs' "$t.17"
then echo "ok 22 - PCT: one Gosched is no synchronisation (main's Sleep, Gosched, Sleep is found out)"
else echo "not ok 22 - PCT: one Gosched is no synchronisation (main's Sleep, Gosched, Sleep is found out) (exit $st)"; sed 's/^/# /' "$t.17"; fi
"$GOROLAB" explore "$goschedwait" --runs 7 >"$t.18" 2>&1; st=$?
if test $st = 1 && grep -q '^first failure: schedule [0-9]*: output differs' "$t.18"
then echo "ok 23 - random, 7 schedules: main's Sleep, Gosched, Sleep waits for nothing"
else echo "not ok 23 - random, 7 schedules: main's Sleep, Gosched, Sleep waits for nothing (exit $st)"; sed 's/^/# /' "$t.18"; fi
"$GOROLAB" explore "$sleeppoll" --runs 7 >"$t.19" 2>&1; st=$?
if test $st = 1 && grep -q '^first failure: schedule [0-9]*: output differs' "$t.19"
then echo "ok 24 - random, 7 schedules: a poll between two sleeps waits for nothing"
else echo "not ok 24 - random, 7 schedules: a poll between two sleeps waits for nothing (exit $st)"; sed 's/^/# /' "$t.19"; fi
"$GOROLAB" explore "$sleeppoll" --pct 3 --runs 7 >"$t.20" 2>&1; st=$?
if test $st = 1 && grep -q '^first failure: schedule [0-9]*: output differs' "$t.20"
then echo "ok 25 - PCT, 7 schedules: a poll between two sleeps waits for nothing"
else echo "not ok 25 - PCT, 7 schedules: a poll between two sleeps waits for nothing (exit $st)"; sed 's/^/# /' "$t.20"; fi
"$GOROLAB" explore "$sleeptwice" --pct 3 --runs 7 >"$t.21" 2>&1; st=$?
if test $st = 1 && grep -q '^first failure: schedule [0-9]*: output differs' "$t.21"
then echo "ok 26 - PCT, 7 schedules: two sleeps around a pause wait for nothing"
else echo "not ok 26 - PCT, 7 schedules: two sleeps around a pause wait for nothing (exit $st)"; sed 's/^/# /' "$t.21"; fi
"$GOROLAB" explore "$sleepspin" --runs 100 >"$t.22" 2>&1; st=$?
"$GOROLAB" explore "$sleepspin" --pct 3 --runs 100 >>"$t.22" 2>&1; st2=$?
if test $st = 0 && test $st2 = 0
then echo "ok 27 - a spin on an atomic flag after a sleep passes every schedule: the starved worker runs"
else echo "not ok 27 - a spin on an atomic flag after a sleep passes every schedule: the starved worker runs (exit $st, $st2)"; sed 's/^/# /' "$t.22"; fi
