#!/bin/sh
# tests/tui/see.sh: seeing what happens, through tmux (issue 14, parts 3-5):
#  - stepping: n and b move exactly one scheduling event, also after the
#    program ran to its end; the status bar says "event K of N"; n and b
#    say what happened (or was undone), in English and with --lang zh;
#  - who could unblock: Enter on a leaked goroutine says that nobody else
#    holds its channel; on a merely waiting one, who holds it and what they do;
#  - the timeline: T shows one lane per goroutine over virtual time, with
#    channel operations and closes as marks.
# Skips without tmux or the C.UTF-8 locale.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
if test "$(LC_ALL=C.UTF-8 locale charmap 2>/dev/null)" != UTF-8; then
    echo "1..0 # SKIP no C.UTF-8 locale"
    exit 0
fi
LC_ALL=C.UTF-8
export LC_ALL
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-see-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX VISUAL EDITOR
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..18"
t=0
check() {   # check COND-EXIT-STATUS NAME [OUTPUT]
    t=$((t + 1))
    if test "$1" = 0; then echo "ok $t - $2"; else echo "not ok $t - $2"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
screen() { tmux -u -L "$sock" capture-pane -p -t lab 2>/dev/null; }
wait_for() {   # wait_for TEXT [TENTHS]
    n=0
    while test $n -lt "${2:-200}"; do
        if screen | grep -F -q -- "$1"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
wait_re() {   # wait_re REGEX [TENTHS]
    n=0
    while test $n -lt "${2:-200}"; do
        if screen | grep -E -q -- "$1"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
keys() { tmux -u -L "$sock" send-keys -t lab "$@"; }
start() {   # start WIDTH HEIGHT ARGS...
    w=$1 h=$2
    shift 2
    tmux -u -L "$sock" -f /dev/null new-session -d -s lab -x "$w" -y "$h" \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen $GOROLAB $*"
}
stop() { tmux -L "$sock" kill-server >/dev/null 2>&1; sleep 0.2; }
status_bar() { screen | tail -n 1; }
# event K: the status bar's "event K of N" (or "event K")
event_at() { status_bar | sed -n 's/.*event \([0-9][0-9]*\).*/\1/p'; }
event_of() { status_bar | sed -n 's/.*event [0-9][0-9]* of \([0-9][0-9]*\).*/\1/p'; }

# --- the pack: a search that leaks its slower sender, and a worker main feeds later ---
pack=$work/pack
mkdir -p "$pack/scenarios/see"
cat > "$pack/pack.yaml" <<'YAML'
id: seepack
title: See pack
lessons: [01-see.yaml]
YAML
cat > "$pack/scenarios/see/main.go" <<'GO'
package main

import (
	"fmt"
	"time"
)

func search(q string) int {
	results := make(chan int)
	go func() { results <- len(q) }()
	go func() {
		time.Sleep(time.Millisecond)
		results <- 2 * len(q)
	}()
	return <-results
}

func worker(jobs <-chan int) {
	for j := range jobs {
		fmt.Println("job", j)
	}
}

func main() {
	jobs := make(chan int)
	go worker(jobs)
	fmt.Println("found", search("go"))
	time.Sleep(time.Second)
	jobs <- 1
	time.Sleep(time.Second)
	close(jobs)
	time.Sleep(time.Second)
}
GO
cat > "$pack/01-see.yaml" <<'YAML'
id: see
title: Lesson see
level: 1
tags: [test]
story: A search leaks its slower sender.
goal: Nothing leaks.
scenario:
  files: [see/main.go]
  edit: [see/main.go]
  solution: [see/main.go]
watch:
  channels: [results]
  funcs: [search]
grader: 01-see.lua
hints:
  - Who receives the second result?
i18n:
  zh: { title: 看见, story: 搜索泄漏了较慢的发送者。, goal: 没有泄漏。, hints: [谁接收第二个结果？] }
YAML
echo 'return pass("ok")' > "$pack/01-see.lua"

# === part 5: stepping ===
start 120 40 "$pack/01-see.yaml"
wait_for "─ Goroutines" 100
keys n n n
wait_re 'event 3( |$)'; check $? "n n n: the status bar says event 3" "$(status_bar)"
keys b
wait_re 'event 2( |$)' && status_bar | grep -q "back one event, undoing: g1 "
check $? "b: event 2, and it says which event it undid" "$(status_bar)"
keys + + + Space
wait_for "finished" 100
wait_re 'event [0-9]+ of [0-9]+'; check $? "run to the end: event N of N" "$(status_bar)"
n_end=$(event_of)
test -n "$n_end" && test "$(event_at)" = "$n_end"; check $? "at the end, event $n_end of $n_end" "$(status_bar)"
keys b
wait_re "event $((n_end - 1)) of $n_end" && status_bar | grep -q "undoing: main returns: the program ends"
check $? "b after the end undoes exactly the last event (main returns), not a frame" "$(status_bar)"
keys b
wait_re "event $((n_end - 2)) of $n_end"; check $? "b again: one more event back" "$(status_bar)"
keys n
wait_re "event $((n_end - 1)) of $n_end"; check $? "n: one event forward again" "$(status_bar)"
stop

start 120 40 --lang zh "$pack/01-see.yaml"
wait_for "─ Goroutine" 100
keys n n
wait_re '第 2 个事件' && status_bar | grep -q "g1 创建了"
check $? "--lang zh: n narrates in Chinese" "$(status_bar)"
keys n n n n
wait_re '第 6 个事件'
keys b
wait_re '第 5 个事件' && status_bar | grep -q "退回一步，撤销了："
check $? "--lang zh: b says what it undid in Chinese" "$(status_bar)"
stop

# === part 3: who could unblock ===
start 120 50 "$pack/01-see.yaml"
wait_for "─ Goroutines" 100
keys + + Space
wait_for "found 2" 100
keys Space Tab Tab
wait_re 'main\.search\.func2 +chan send'
keys Down Down Enter
wait_for "goroutine 4 [chan send]" && screen | grep -q 'Waits to send on `results` (chan int, made at main.go:9)' &&
    screen | grep -q 'Held by: no other goroutine' &&
    screen | grep -q 'nobody else holds `results`: this goroutine can never run again (leaked)'
check $? "Enter on the leaked sender: results, where it was made, nobody else holds it: leaked" "$(screen)"
keys x Up Enter
wait_for "goroutine 2 [chan receive]" && screen | grep -q 'Waits to receive from `jobs` (chan int, made at main.go:25)' &&
    screen | grep -q 'Held by: g1 main.main (sleep, blocked itself)' &&
    screen | grep -q 'g1 (main.main) still holds `jobs` and could send on or close it'
check $? "Enter on the waiting worker: main holds jobs and could send on or close it" "$(screen)"
keys x
stop

# === part 4: the timeline ===
start 120 40 "$pack/01-see.yaml"
wait_for "─ Goroutines" 100
keys T
wait_for "─ Timeline "; check $? "T shows the Timeline pane beside the others" "$(screen)"
keys + + + Space
wait_for "finished" 100
wait_re '!4 search\.func2 +█─+!' && screen | grep -E -q ' 2 worker +─+<─+<' &&
    screen | grep -E -q ' 1 main +\+[·]+>[·]+x'
check $? "a lane per goroutine: the leaked sender's (!) blocked to the end, the worker's receives (<), main's go (+), send (>) and close (x)" "$(screen)"
keys z
wait_gone() { n=0; while test $n -lt 50; do screen | grep -F -q -- "$1" || return 0; sleep 0.1; n=$((n + 1)); done; return 1; }
wait_gone "─ Source " && screen | grep -q "─ Timeline 4 lanes .*(fit)"
check $? "z zooms the timeline to the whole screen, fitting the whole run" "$(screen)"
keys '>' '>'
wait_re '─ Timeline 4 lanes +to [0-9.]+[a-z]+ +[0-9.]+[a-zµ]+/cell ─' && ! screen | grep -q "(fit)"
check $? "> zooms in: no longer the whole run" "$(screen | head -n 3)"
keys Right Right 0
wait_for "(fit)"; check $? "Right moves later, 0 fits the whole run again" "$(screen | head -n 3)"
stop

# lesson 12: a thousand goroutines, grouped by function into lanes
start 120 40 "${srcdir:-.}/lessons/12-unbounded-handler.yaml"
wait_for "─ Goroutines" 100
keys T + + + + Space
wait_for "finished" 300
wait_re '!1100× handleIm' 50; check $? "lesson 12: 1,100 goroutines drawn as one group lane, marked leaked" "$(screen)"
keys G G
wait_re '─ Timeline 1105 lanes'; check $? "G G: one lane per goroutine, 1105 of them, scrollable" "$(screen | grep Timeline)"
stop
