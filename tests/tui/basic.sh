#!/bin/sh
# tests/tui/basic.sh: the terminal lab driven for real through tmux: the
# browser lists the lessons (and the selected one's goal), Enter opens the
# lesson view with its panes,
# Space runs lesson 1 until its settlers block in `chan receive`, `?` shows
# the help, a small terminal shows the enlarge notice, q quits. XDG_* point
# into $TMPDIR (the real home is never touched). Skips without tmux.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX
TMUX_TMPDIR=$work   # the -L socket goes with $work
export TMUX_TMPDIR
echo "1..9"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$1" = 0; then echo "ok $t - $2"; else echo "not ok $t - $2"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
screen() { tmux -L "$sock" capture-pane -p -t lab 2>/dev/null; }
# wait_for TEXT [TENTHS]: poll the screen until TEXT shows (default 20 s: a loaded machine)
wait_for() {
    n=0
    while test $n -lt "${2:-200}"; do
        if screen | grep -F -q -- "$1"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
keys() { tmux -L "$sock" send-keys -t lab "$@"; }
start() {   # start WIDTH HEIGHT
    tmux -L "$sock" -f /dev/null new-session -d -s lab -x "$1" -y "$2" \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen $GOROLAB"
}

start 100 30
wait_for "Unclosed channel"; check $? "the browser lists lesson 1's title" "$(screen)"
keys j
wait_for "─ Goal " && wait_for "each order is answered once"
check $? "below the list, the selected lesson's goal and story (lesson 2 after j)" "$(screen)"
keys k
keys Enter
wait_for "Goroutines" && screen | grep -q "Lesson" && screen | grep -q "Source" &&
    screen | grep -q "Channels" && screen | grep -q "Output"
check $? "Enter opens the lesson view with its panes" "$(screen)"
keys Space
wait_for "chan receive" 80; check $? "running lesson 1 blocks a goroutine in chan receive" "$(screen)"
keys '?'
wait_for "Keys: lesson view"; check $? "? shows the help" "$(screen)"
keys Escape
keys q
wait_for "Lvl  Progress"; check $? "q goes back to the browser" "$(screen)"
keys q
n=0
while tmux -L "$sock" has-session -t lab 2>/dev/null && test $n -lt 50; do sleep 0.1; n=$((n + 1)); done
tmux -L "$sock" has-session -t lab 2>/dev/null; test $? != 0; check $? "q quits and the process exits" "$(screen)"
tmux -L "$sock" kill-server >/dev/null 2>&1

start 60 20
wait_for "enlarge the terminal to 80x24"; check $? "a 60x20 terminal shows the enlarge notice" "$(screen)"
keys q
n=0
while tmux -L "$sock" has-session -t lab 2>/dev/null && test $n -lt 50; do sleep 0.1; n=$((n + 1)); done
tmux -L "$sock" has-session -t lab 2>/dev/null; test $? != 0; check $? "q quits from the small terminal" "$(screen)"
