#!/bin/sh
# tests/tui/challenge.sh: a challenge (mode: schedule) solved by keys
# through tmux: `gorolab challenges lost-update` stops at the first choice
# with the runnable goroutines marked [1] [2]; 2 runs the first visitor to
# its read of visits (package variables are switch points there), 1 lets
# main start the second, 3 runs it to its read, b takes that pick back (the
# storyboard loses step 3), 3 again, Space runs the rest calmly: the goal is
# reached (visits: 1), the PASS box shows the storyboard and the replay
# string, the schedule is saved in the workspace and `gorolab grade
# lost-update` passes on it; r starts again; in Chinese the prompt is
# translated. Skips without tmux.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-challenge-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK GOROLAB_CHALLENGES TMUX VISUAL EDITOR
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..15"
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
wait_gone() {
    n=0
    while test $n -lt "${2:-200}"; do
        if ! screen | grep -F -q -- "$1"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
keys() { tmux -L "$sock" send-keys -t lab "$@"; }
# click X Y: a left press as the terminal sends it (X10 encoding, 0-based cell)
click() {
    tmux -L "$sock" send-keys -t lab -l "$(printf '\033[M%b%b%b' "\\0$(printf %o 32)" \
        "\\0$(printf %o $((33 + $1)))" "\\0$(printf %o $((33 + $2)))")"
}
start() {   # start ARGS...
    tmux -L "$sock" -f /dev/null new-session -d -s lab -x 150 -y 48 \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen $GOROLAB $*"
}
stop() { tmux -L "$sock" kill-server >/dev/null 2>&1; sleep 0.2; }

start challenges lost-update
wait_for "Your turn: who runs next?"; st=$?
check $(test $st = 0 && screen | grep -q '\[1\] *1 main.main' && screen | grep -q '\[2\] *2 main.visit' && echo 0 || echo 1) \
    "the run stops at the first choice; the runnable goroutines are marked [1] [2]" "$(screen)"
keys 2
wait_for " 1. g2 main.visit at main.go:" && wait_for "g2 reads a package variable"; st=$?
check $st "2 runs the first visitor to its next switch point (its read of visits)" "$(screen)"
keys 1
wait_for " 2. g1 main.main at main.go:"; st=$?
check $st "1 lets main go on: it starts the second visitor" "$(screen)"
keys 3
wait_for " 3. g3 main.visit" && wait_for "g3 reads a package variable"; st=$?
check $st "3 runs the second visitor to its read" "$(screen)"
keys b
wait_gone " 3. g3 main.visit"; st=$?
check $st "b takes the last pick back (a replay of the others)" "$(screen)"
keys 3
wait_for " 3. g3 main.visit"; st=$?
keys Space
wait_for "PASS" && wait_for "Replay string"; st2=$?
check $(test $st = 0 && test $st2 = 0 && screen | grep -q 'one update is lost' && screen | grep -q ' 4\. the rest, calmly' && echo 0 || echo 1) \
    "Space runs the rest calmly: the goal is reached, the storyboard and the replay string show" "$(screen)"
sched=$(cat "$work"/data/gorolab/*/lost-update/schedule 2>/dev/null)
check $(test -n "$sched" && screen | grep -q -F -- "$sched" && echo 0 || echo 1) \
    "the schedule is saved in the workspace ($sched)" "$(screen)"
out=$(env XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" HOME="$work" "$GOROLAB" grade lost-update 2>&1); st=$?
check $(test $st = 0 && echo 0 || echo 1) "gorolab grade passes on the saved schedule" "$st: $out"
keys Escape
wait_gone "PASS"
keys r
wait_for "(no pick yet)"; st=$?
check $(test $st = 0 && screen | grep -q 'Your turn' && echo 0 || echo 1) "r starts again with no picks" "$(screen)"
keys n
wait_for " 1. g1 main.main"; st=$?
check $st "n lets the stopped goroutine (main) go on" "$(screen)"
keys b
wait_for "(no pick yet)"
row=$(screen | grep -n '\[2\] *2 main.visit' | head -1 | cut -d: -f1)
col=100   # inside the Goroutines pane (the right column of a 150-wide screen)
test -n "$row" && click $col $((row - 1))
wait_for " 1. g2 main.visit"; st=$?
check $st "a click on a marked goroutine runs it (row $row, column $col)" "$(screen)"
stop
start challenges check-then-act --lang zh
wait_for "轮到你"; st=$?
check $st "in Chinese the prompt is translated" "$(screen)"
stop
start challenges select-quit
wait_for "Your turn"
for k in 1 2 1 1 1 2 2; do
    n0=$(screen | grep -c '^│ *[0-9][0-9]*\. ')
    keys $k
    i=0
    while test $i -lt 30 && test "$(screen | grep -c '^│ *[0-9][0-9]*\. ')" = "$n0"; do sleep 0.1; i=$((i + 1)); done
done
wait_for "s takes another"; st=$?
check $(test $st = 0 && screen | grep -q "select takes case 1" && echo 0 || echo 1) \
    "a pick whose select had two ready cases says so (the seed took case 1: quit)" "$(screen)"
keys s
wait_for "select takes case 0"; st=$?
check $st "s makes that select take the other ready case (the job)" "$(screen)"
keys s
wait_for "select takes case 1"; st=$?
keys Space
wait_for "PASS" && wait_for "Replay string"; st2=$?
check $(test $st = 0 && test $st2 = 0 && echo 0 || echo 1) "s again takes quit; the rest runs calmly; a job is dropped: PASS" "$(screen)"
stop
