#!/bin/sh
# tests/tui/lab_kill.sh: the lab's grading child dies with the lab (issue 12,
# security 6). A lab grading with a grader that would run for minutes is
# ended by SIGHUP, SIGTERM, SIGINT and SIGKILL in turn; each time, no
# process the lab started may remain. Skips without tmux.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-labkill-$$
kids=""
cleanup() {
    for k in $kids; do kill -9 "$k" 2>/dev/null; done
    tmux -L "$sock" kill-server >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
unset GOROLAB_PACK TMUX VISUAL EDITOR
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..8"
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
keys() { tmux -L "$sock" send-keys -t lab "$@"; }

pack=$work/pack
mkdir -p "$pack/scenarios/spin"
printf 'id: killpack\nlessons: [01-spin.yaml]\n' > "$pack/pack.yaml"
cat > "$pack/scenarios/spin/main.go" <<'GO'
package main

func main() {
	n := 0
	for i := 0; i < 1000; i++ {
		n += i
	}
	println(n)
}
GO
cat > "$pack/01-spin.yaml" <<'YAML'
id: spin
title: Lesson spin
level: 1
story: A grader that takes its time.
goal: Nothing.
scenario:
  files: [spin/main.go]
  edit: [spin/main.go]
grader: 01-spin.lua
hints: [None.]
YAML
# backtracking in C, where the count hook never fires: only the watchdog
# (set to 10 minutes here) or the lab's death ends it
echo 'string.find(string.rep("a", 1 << 20), "(.-)x")' > "$pack/01-spin.lua"

for sig in HUP TERM INT KILL; do
    tmux -L "$sock" -f /dev/null new-session -d -s lab -x 100 -y 30 \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen GOROLAB_GRADE_TIME=10m $GOROLAB $pack 1; echo lab-ended; exec sleep 600"
    wait_for "Lesson spin" 80 && keys g && wait_for "grading..." 50
    # the terminal stays open after the lab (a shell waits): no hangup reaches the child
    pane=$(tmux -L "$sock" display-message -p -t lab '#{pane_pid}')
    lab=$(test -n "$pane" && pgrep -P "$pane")
    kids=$(test -n "$lab" && pgrep -P "$lab")
    test -n "$kids"; check $? "SIG$sig: the lab is grading in a child" "$(screen)"
    kill -s "$sig" "$lab"
    n=0
    left="$lab $kids"
    while test -n "$left" && test $n -lt 50; do
        left=""
        for k in $lab $kids; do kill -0 "$k" 2>/dev/null && left="$left $k"; done
        sleep 0.1
        n=$((n + 1))
    done
    test -z "$left"; check $? "SIG$sig: no process of the lab remains" "$(ps -f $left)"
    for k in $left; do kill -9 "$k" 2>/dev/null; done
    tmux -L "$sock" kill-server >/dev/null 2>&1
    sleep 0.2
done
