#!/bin/sh
# tests/tui/goro_ids.sh: goroutine ids of 10,000 and more keep the
# Goroutines pane's columns in line (issue 12, item 22): main (id 1) and
# goroutines 10002.. show their FUNCTION column at the same place. Skips
# without tmux.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-goroids-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX VISUAL EDITOR
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..2"
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
pack=$work/pack
mkdir -p "$pack/scenarios/ids"
printf 'id: idpack\nlessons: [01-ids.yaml]\n' > "$pack/pack.yaml"
cat > "$pack/scenarios/ids/main.go" <<'GO'
package main

import (
	"sync"
	"time"
)

func stuck(ch chan int) {
	<-ch
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Wait()
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go stuck(ch)
	}
	time.Sleep(time.Hour)
}
GO
cat > "$pack/01-ids.yaml" <<'YAML'
id: ids
title: Lesson ids
level: 1
story: Many goroutines.
goal: None.
scenario:
  files: [ids/main.go]
  edit: [ids/main.go]
grader: 01-ids.lua
hints: [None.]
YAML
echo 'return pass("ok")' > "$pack/01-ids.lua"
tmux -L "$sock" -f /dev/null new-session -d -s lab -x 120 -y 40 \
    "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen $GOROLAB $pack 1"
wait_for "Lesson ids" 80 && tmux -L "$sock" send-keys -t lab Space
if wait_for "main.stuck" 150 && wait_for "10002" 50; then echo "ok 1 - goroutine 10002 is shown"
else echo "not ok 1 - goroutine 10002 is shown"; screen | sed 's/^/# /'; fi
# the column where "main." starts on the main row and on a stuck row
colof() { screen | grep -E "$1" | head -1 | awk -v pat="$2" '{ print index($0, pat) }'; }
a=$(colof ' 1  +main\.main' main.main)
b=$(colof '10002  +main\.stuck' main.stuck)
if test -n "$a" && test "$a" = "$b"; then echo "ok 2 - ids 1 and 10002 keep the FUNCTION column in line ($a)"
else echo "not ok 2 - ids 1 and 10002 keep the FUNCTION column in line ($a vs $b)"; screen | sed 's/^/# /'; fi
