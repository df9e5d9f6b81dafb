#!/bin/sh
# tests/tui/features.sh: the lesson view's tools, driven through tmux on a
# pack made here: 200 goroutines grouped like pprof (G cycles grouping),
# Enter on a goroutine shows its stack and creator, b steps back, L the demo
# layout, z zoom, c the high-contrast theme, a save from outside the lab
# reruns the program (a compile error shows on its line), R y resets the copy
# and keeps a backup, N opens the next lesson (a broken one shows its
# errors), a grader that errors shows ERROR, Esc cancels a slow grading,
# --demo starts in the demo layout, the mouse selects and scrolls, and the
# terminal is restored after Ctrl-C and a crash signal. Skips without tmux.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-features-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX VISUAL EDITOR
TMUX_TMPDIR=$work
export TMUX_TMPDIR
if test "$(LC_ALL=C.UTF-8 locale charmap 2>/dev/null)" = UTF-8; then
    LC_ALL=C.UTF-8
    export LC_ALL
fi
echo "1..34"
t=0
check() {   # check COND-EXIT-STATUS NAME [OUTPUT]
    t=$((t + 1))
    if test "$1" = 0; then echo "ok $t - $2"; else echo "not ok $t - $2"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
screen() { tmux -L "$sock" capture-pane -p -t lab 2>/dev/null; }
wait_for() {   # wait_for TEXT [TENTHS]
    n=0
    while test $n -lt "${2:-200}"; do
        if screen | grep -F -q -- "$1"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
wait_gone() {   # wait_gone TEXT [TENTHS]
    n=0
    while test $n -lt "${2:-200}"; do
        if ! screen | grep -F -q -- "$1"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
keys() { tmux -L "$sock" send-keys -t lab "$@"; }
# click X Y [BUTTON]: a mouse event as the terminal sends it (X10 encoding,
# 0-based cell; button 0 left press, 64 wheel up, 65 wheel down)
click() {
    tmux -L "$sock" send-keys -t lab -l "$(printf '\033[M%b%b%b' "\\0$(printf %o $((32 + ${3:-0})))" \
        "\\0$(printf %o $((33 + $1)))" "\\0$(printf %o $((33 + $2)))")"
}
status_bar() { screen | grep -E '^ [a-z ]+ +t=[^ ]+ +goroutines [0-9]+ '; }
vtime() { status_bar | sed 's/^ [a-z ]* t=\([^ ]*\) .*/\1/'; }
start() {   # start WIDTH HEIGHT ARGS...
    w=$1 h=$2
    shift 2
    tmux -L "$sock" -f /dev/null new-session -d -s lab -x "$w" -y "$h" \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen $GOROLAB $*"
}
stop() { tmux -L "$sock" kill-server >/dev/null 2>&1; sleep 0.2; }

# --- the pack: a crowd of handlers, a broken lesson, two odd graders ---
pack=$work/pack
mkdir -p "$pack/scenarios/crowd"
cat > "$pack/pack.yaml" <<'YAML'
id: tuipack
title: TUI test pack
lessons: [01-crowd.yaml, 02-broken.yaml, 03-grader-error.yaml, 04-slow.yaml]
YAML
cat > "$pack/scenarios/crowd/main.go" <<'GO'
package main

import "time"

func handler(jobs <-chan int) {
	for range jobs {
	}
}

func main() {
	jobs := make(chan int)
	for i := 0; i < 200; i++ {
		go handler(jobs)
	}
	done := make(chan string, 4)
	done <- "first"
	done <- "second"
	time.Sleep(time.Second)
	close(jobs)
	time.Sleep(time.Second)
}
GO
for l in 01-crowd:crowd 03-grader-error:gerr 04-slow:slow; do
    cat > "$pack/${l%%:*}.yaml" <<YAML
id: ${l##*:}
title: Lesson ${l##*:}
level: 1
tags: [test]
story: A crowd of handlers waits on jobs.
goal: Every handler ends.
scenario:
  files: [crowd/main.go]
  edit: [crowd/main.go]
  solution: [crowd/main.go]
watch:
  channels: [jobs]
  funcs: [handler]
grader: ${l%%:*}.lua
hints:
  - Who closes jobs?
YAML
done
echo 'local r = lab.run{seed = 1}; expect(r.status == "exit", r.status); return pass("all handlers end")' > "$pack/01-crowd.lua"
echo 'error("boom: the grader itself is broken")' > "$pack/03-grader-error.lua"
echo 'local all = lab.explore{runs = 1000000}; return pass("explored")' > "$pack/04-slow.lua"
printf 'id: broken\ntitle: A broken lesson\nlevle: 1\n' > "$pack/02-broken.yaml"

start 120 40 "$pack"
wait_for "Lesson crowd" && screen | grep -q "1 lesson does not load (Enter shows why)"
check $? "the browser lists the test pack and says one lesson does not load" "$(screen)"
keys Enter
wait_for "Goroutines" && keys Space
wait_for "200 @ main.handler" 80 && screen | grep -q -E 'Goroutines 201 in 2 groups'
check $? "201 goroutines are grouped like pprof: 200 @ main.handler, with the total" "$(screen)"
screen | grep -E '200 @ main.handler' | grep -q -E 'chan receive +jobs' && screen | grep -q -E 'recv ← 200: g'
check $? "the group waits in chan receive on jobs; the channel's receive queue says 200" "$(screen)"
screen | grep -q -E 'done +chan string +2/4' && screen | grep -q -E '\[ first +│ second +│ +│ +\]'
check $? "a buffered channel: len/cap and its four slots, two holding their values" "$(screen)"
keys Space G G
wait_for "Goroutines 201 " && wait_for "   2  main.handler"
check $? "G G: one row per goroutine" "$(screen)"
row=$(screen | grep -n '   5  main.handler' | head -n 1 | cut -d: -f1)
test -n "$row" && click 70 $((row - 1)) && keys Enter
wait_for "goroutine 5 [chan receive"; check $? "a click selects goroutine 5's row, Enter shows its stack" "$(screen)"
keys x
wait_gone "goroutine 5 ["
click 70 $((row - 1)) 65
keys Enter
wait_for "goroutine 8 [chan receive"; check $? "the wheel moves the selection three rows down" "$(screen)"
keys x
wait_gone "goroutine 8 ["
keys G Home Enter
wait_for "goroutine 2 [chan receive" && screen | grep -q "created by main.main in goroutine 1" &&
    screen | grep -q "200 goroutines stand here like this one"
check $? "G back to grouped, Enter on the first group: goroutine 2's stack, its creator, the group's size" "$(screen)"
keys x
wait_gone "created by main.main"; check $? "a key closes the stack box" "$(screen)"

# --- a step says what it did ---
keys r
said=
i=0
last=
while test $i -lt 8; do
    keys n
    # the status bar's narration of this step: wait until it is not the last one's
    n=0
    now=$(screen | tail -n 1 | sed 's/.*seed 1  *//')
    while test $n -lt 50 && { test "$now" = "$last" || ! printf '%s' "$now" | grep -q 'g1 '; }; do
        sleep 0.1
        n=$((n + 1))
        now=$(screen | tail -n 1 | sed 's/.*seed 1  *//')
    done
    said="$said|$now"
    last=$now
    i=$((i + 1))
done
case $said in *"|g1 makes a channel (cap 0)"*"|g1 starts g2"*) true ;; *) false ;; esac
check $? "n says in the status bar what each step did: g1 makes a channel, then starts g2" "$said"

# --- step back ---
before=$(vtime)
keys n n
n=0
while test $n -lt 30 && test "$(vtime)" = "$before"; do sleep 0.1; n=$((n + 1)); done
after=$(vtime)
keys b b
n=0
while test $n -lt 30 && test "$(vtime)" != "$before"; do sleep 0.1; n=$((n + 1)); done
test "$after" != "$before" && test "$(vtime)" = "$before"
check $? "n n moves on (t=$before to t=$after), b b replays back to t=$before" "$(screen)"

# --- layouts and theme ---
keys L
wait_gone "─ Lesson " && screen | grep -q "─ Goroutines " && screen | grep -q "─ Channels "
check $? "L: the demo layout has no Lesson pane, goroutines and channels stay" "$(screen)"
keys L
wait_for "─ Lesson "; check $? "L again: the normal layout" "$(screen)"
keys z
wait_gone "─ Source " && screen | grep -q "─ Goroutines "
check $? "z zooms the focused Goroutines pane" "$(screen)"
keys z c
wait_for "─ Source " && screen | grep -q "─ Lesson "
check $? "z again restores the panes; c switches the theme and keeps drawing" "$(screen)"
keys c

# --- the learner saves from another editor ---
copy=$(find "$work/data" -name main.go | head -n 1)
test -n "$copy" && sed 's/^\tjobs := make(chan int)$/\tjobs := make(chan int)\n\tunused := 1/' "$pack/scenarios/crowd/main.go" > "$copy.tmp" &&
    mv "$copy.tmp" "$copy"
wait_for "your copy changed on disk" 30 && wait_for "compile error" 30 &&
    screen | grep -q -E '^│?.*E +12 ' && screen | grep -q 'declared and not used: unused'
check $? "a save outside the lab recompiles: the error on its line 12 with Go's message" "$(screen)"
cp "$pack/scenarios/crowd/main.go" "$copy.tmp" && mv "$copy.tmp" "$copy"
wait_for "200 @ main.handler" 80; check $? "saving the fix reruns the program" "$(screen)"
echo "// mine" >> "$copy"
keys R
wait_for "reset your copy to the starter?" && keys y
wait_for "backed up as" 30 && ls "$(dirname "$copy")" | grep -q '^main\.go\..*\.bak$' &&
    ! grep -q "// mine" "$copy" && grep -q "// mine" "$(dirname "$copy")"/main.go.*.bak
check $? "R resets the copy to the starter and keeps the old one as main.go.*.bak" "$(screen; ls "$(dirname "$copy")")"

# --- next lesson: a broken one ---
keys N
wait_for "this lesson does not load" && screen | grep -q '02-broken.yaml:3:1: unknown field "levle"'
check $? "N opens the next lesson: a broken one shows its errors with file:line:col" "$(screen)"
keys x
wait_for "Lvl  Progress"; check $? "a key goes back to the list" "$(screen)"

# --- graders that error and that take long ---
keys j Enter
wait_for "Lesson gerr" && keys g
wait_for "─ ERROR " 100 && screen | grep -q "boom: the grader itself is broken"
check $? "a grader that errors: an ERROR box with its message" "$(screen)"
keys x q j Enter
wait_for "Lesson slow" && keys g
wait_for "grading..." 30; check $? "g starts grading in the background: the status bar counts" "$(screen)"
keys Space
wait_for " running " 30 && wait_for "grading..." 5
check $? "the program runs while the grading goes on" "$(screen)"
keys Escape
wait_for "grading cancelled" 30 && ! screen | grep -q "grading\.\.\."
check $? "Esc cancels the grading" "$(screen)"
lab=$(tmux -L "$sock" display-message -p -t lab '#{pane_pid}')
test -n "$lab" && ! pgrep -P "$lab" >/dev/null
check $? "no grading process is left behind" "$(ps -ef | grep gorolab)"
keys q q
n=0
while tmux -L "$sock" has-session -t lab 2>/dev/null && test $n -lt 50; do sleep 0.1; n=$((n + 1)); done
! tmux -L "$sock" has-session -t lab 2>/dev/null; check $? "q q quits" "$(screen)"
stop

# --- --demo and --theme from the command line ---
start 100 30 --demo --theme high-contrast "$pack" 1
wait_for "─ Goroutines " && ! screen | grep -q "─ Lesson " && screen | grep -q "─ Source "
check $? "--demo --theme high-contrast opens lesson 1 in the demo layout" "$(screen)"
keys h
wait_for "Hint 1" && screen | grep -q "─ Lesson "
check $? "h in the demo layout brings the Lesson pane back with the hint" "$(screen)"
stop
# --- the terminal comes back after Ctrl-C and after a crash ---
for how in C-c SEGV; do
    rm -f "$work/before" "$work/after"
    tmux -L "$sock" -f /dev/null new-session -d -s lab -x 100 -y 30 \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen sh -c 'trap : INT; stty -g > $work/before; $GOROLAB $pack 1; stty -g > $work/after; sleep 5'"
    wait_for "─ Goroutines "
    if test $how = C-c; then
        keys C-c
    else
        kill -SEGV "$(pgrep -P "$(tmux -L "$sock" display-message -p -t lab '#{pane_pid}')")"
    fi
    n=0
    while test $n -lt 50 && ! test -s "$work/after"; do sleep 0.1; n=$((n + 1)); done
    test -s "$work/before" && cmp -s "$work/before" "$work/after"
    check $? "after $how the terminal modes are restored" "$(cat "$work/before" "$work/after" 2>&1)"
    stop
done
# --- the help fits an 80x24 terminal: every key and the closing line ---
start 80 24 "$pack" 1
wait_for " Goroutines " && keys '?'
wait_for "Keys: lesson view" && screen | grep -q "back to the list" && screen | grep -q "next pane" &&
    screen | grep -q "(any key closes this help)"
check $? "at 80x24 the help shows every key, in two columns, and how to close it" "$(screen)"
stop

# --- a monochrome terminal without colours, and an editor that fails ---
tmux -L "$sock" -f /dev/null new-session -d -s lab -x 100 -y 30 \
    "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=vt100 NO_COLOR=1 EDITOR=false $GOROLAB $pack 1"
# (tmux shows vt100's line-drawing characters as the letters that select them)
wait_for " Goroutines " && keys Space && wait_for "200 @ main.handler" 80
check $? "TERM=vt100 NO_COLOR=1: the lesson view draws and runs" "$(screen)"
keys e
wait_for "the editor exited with status 1" && screen | grep -q " Goroutines "
check $? "an editor that fails: the view comes back and says so" "$(screen)"
stop
out=$("$GOROLAB" --theme pastel "$pack" 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q 'unknown theme "pastel": use default or high-contrast'
check $? "an unknown theme is a usage error that names the themes" "$st: $out"
