#!/bin/sh
# tests/tui/polish.sh: what a learner notices, through tmux on a pack made
# here and on the bundled one: the browser gives titles what they need and
# tags the rest at 200 columns, and cuts titles at a word's end with an
# ellipsis at 80x24; the source gutter keeps its note whole on a long line
# and names each state (not "running" for a line where one of four runs);
# the Output pane names files relative to the lesson; timer channels are
# one row with a count, at the learner's line, without 0/1; R asks first;
# a missing editor is named in the status bar, and nothing is printed over
# the terminal; the demo layout's Source pane is the wider half at 100x30.
# XDG_* and HOME point into $TMPDIR. Skips without tmux or C.UTF-8.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
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
case $srcdir in /*) ;; *) srcdir=$(pwd)/$srcdir ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
# a socket of its own for each start: a server still exiting from the
# last lab never takes the next one's session with it
nsock=0
sock=gorolab-polish-$$-0
socks=
trap 'for s in $socks; do tmux -L "$s" kill-server >/dev/null 2>&1; done; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX VISUAL EDITOR LANGUAGE
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..15"
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
keys() { tmux -u -L "$sock" send-keys -t lab "$@"; }
start() {   # start WIDTH HEIGHT ENV ARGS...
    nsock=$((nsock + 1))
    sock=gorolab-polish-$$-$nsock
    socks="$socks $sock"
    w=$1 h=$2 e=$3
    shift 3
    tmux -u -L "$sock" -f /dev/null new-session -d -s lab -x "$w" -y "$h" \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen $e $GOROLAB $*"
    tmux -L "$sock" set-option -t lab remain-on-exit on >/dev/null 2>&1
}
stop() {
    tmux -L "$sock" kill-server >/dev/null 2>&1
    n=0
    while tmux -L "$sock" has-session -t lab 2>/dev/null && test $n -lt 50; do sleep 0.1; n=$((n + 1)); done
}

# --- the bundled pack's browser: 200 columns, then 80x24 ---
start 200 30 "" ""
wait_for "worker-pool,backpressure,load-shedding,context,queue"
check $? "200 columns: lesson 15's tags are whole" "$(screen)"
row=$(screen | grep '^ *1  Unclosed')
printf '%s\n' "$row" | grep -q 'never ends  *1  *new  *leak,channel,close,range *$' &&
    test "$(printf '%s\n' "$row" | sed 's/never ends.*//' | wc -L)" -lt 100
check $? "200 columns: the title column is as wide as the longest title, not wider" "$row"
stop
start 80 24 "" ""
wait_for "Unclosed channel"
cut=$(screen | sed -n 's/^ *[0-9][0-9]*  \(.*\)… .*/\1/p')
bad=$(printf '%s\n' "$cut" | while IFS= read -r p; do
    test -n "$p" && grep -q -F -- "title: $p " "$srcdir"/lessons/*.yaml || echo "cut mid-word: $p"; done)
test -n "$cut" && test -z "$bad"
check $? "80x24: a long title ends at a word with an ellipsis" "$bad
$(screen)"
stop

# --- a pack: a crowded long line, a compile error, timers ---
pack=$work/pack
mkdir -p "$pack/scenarios/p"
cat > "$pack/pack.yaml" <<'YAML'
id: polish
title: Polish pack
lessons: [01-line.yaml, 02-broken.yaml, 03-timers.yaml]
YAML
cat > "$pack/scenarios/p/line.go" <<'GO'
package main

var sink int

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ { go func() { <-ch }() }; for j := 0; j < 100000000; j++ { sink += j % 7 }; close(ch)
}
GO
cat > "$pack/scenarios/p/broken.go" <<'GO'
package main

func main() {
	unusedvariable := 1
}
GO
cat > "$pack/scenarios/p/timers.go" <<'GO'
package main

import (
	"fmt"
	"time"
)

func main() {
	var ts []*time.Timer
	for i := 0; i < 40; i++ {
		ts = append(ts, time.NewTimer(time.Duration(i+1)*time.Millisecond))
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println(len(ts), len(ts[0].C), cap(ts[0].C))
	time.Sleep(time.Hour)
}
GO
for l in 01-line:line 02-broken:broken 03-timers:timers; do
    cat > "$pack/${l%%:*}.yaml" <<YAML
id: ${l##*:}
title: Lesson ${l##*:}
level: 1
tags: [test]
story: A story.
goal: A goal.
scenario:
  files: [p/${l##*:}.go]
  edit: [p/${l##*:}.go]
  solution: [p/${l##*:}.go]
grader: pass.lua
hints:
  - A hint.
YAML
done
printf 'return pass("ok")\n' > "$pack/pass.lua"

# the gutter: main busy on line 7 where three goroutines wait
start 100 30 "" "$pack" 1
wait_for "┌─ Source" && keys Space
sleep 1
keys Space
wait_for "paused"
line=$(screen | grep ' 7  ')
printf '%s\n' "$line" | grep -q '◀ g1 run[a-z]*, g2 g3 +1 chan receive│' &&
    printf '%s\n' "$line" | grep -q '… ◀'
check $? "a long line keeps its whole gutter note, each state named" "$line"
! printf '%s\n' "$line" | grep -q 'g4 running'
check $? "the line is not labelled running for all four" "$line"
# R asks; another key keeps the copy, y resets it
copy=$work/data/gorolab/polish/line/line.go
echo "// mine" >> "$copy"
keys R
wait_for "reset your copy to the starter?"; check $? "R asks before it resets the copy" "$(screen | tail -n 1)"
keys n
wait_for "reset cancelled" && grep -q "// mine" "$copy" && ! ls "$(dirname "$copy")" | grep -q '\.bak$'
check $? "any other key keeps the copy, no backup made" "$(screen | tail -n 1)"
keys R
wait_for "reset your copy to the starter?" && keys y
wait_for "backed up as" && ! grep -q "// mine" "$copy"
check $? "R y resets it, with a backup" "$(screen | tail -n 1)"
stop

# a missing editor: said in the status bar, nothing over the terminal
start 100 30 "EDITOR=no-such-editor-here" "$pack" 1
wait_for "┌─ Source" && keys e
wait_for "editor not found: no-such-editor-here"
check $? "a missing editor is named in the status bar" "$(screen | tail -n 1)"
keys q q
n=0
while test $n -lt 50 && ! screen | grep -q "Pane is dead"; do sleep 0.1; n=$((n + 1)); done
! screen | grep -q "not found"
check $? "after quitting, no sh: not found on the terminal" "$(screen)"
stop

# the Output pane: the compile error names main.go's copy by its base name
start 100 30 "" "$pack" 2
wait_for "declared and not used"
out=$(screen | sed -n '/Output/,$p')
printf '%s\n' "$out" | grep -q '│broken\.go:4:2: declared and not used:' &&
    ! printf '%s\n' "$out" | grep -q "$work"
check $? "the Output pane names files relative to the lesson" "$out"
stop

# timers: one row, the learner's line, len and cap as the program sees them
start 150 30 "" "$pack" 3
wait_for "┌─ Source" && keys Space
wait_for "40 0 0" 80
ch=$(screen | sed -n '/Channels/,$p')
printf '%s\n' "$ch" | grep -q 'time\.C ×40  chan time\.Time  timer'
check $? "40 timers are one row: time.C ×40, a timer" "$ch"
printf '%s\n' "$ch" | grep -q 'made at timers\.go:11'
check $? "made at the learner's line (timers.go:11), not time.go" "$ch"
! printf '%s\n' "$ch" | grep -q '0/1\|time\.go'
check $? "no 0/1 where the program sees len and cap 0" "$ch"
stop

# the demo layout at 100x30: the Source pane is the wider half
start 100 30 "" --demo "$pack" 1
wait_for "┌─ Source"
w=$(screen | grep '┌─ Source' | sed 's/┐.*/┐/' | wc -L)
test "$w" -ge 54
check $? "100x30 demo: the Source pane is $w columns wide (at least 54)" "$(screen)"
stop
