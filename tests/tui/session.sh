#!/bin/sh
# tests/tui/session.sh: one learner session on lesson 1 (unclosed-channel),
# driven for real through tmux: run it (settlers parked in `chan receive`,
# `results` with a receive queue), restart and step, change the seed, grade
# the starter (FAIL), take a hint, fix it in $EDITOR (a script that copies
# the lesson's solution), rerun, grade (PASS, progress file says done), shrink
# the terminal below 80x24 and back, quit. After the failing grade, f loads
# the run the grader failed into the panes (REPLAY), and f again goes back. gorolab runs under
# `sh -c 'stty -g; gorolab; stty -g'` in the pane: the terminal modes must be
# the same after it, and its exit status 0. XDG_* and HOME point into
# $TMPDIR (the real home is never touched). Skips without tmux.
#
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
sol=$(cd "$srcdir" && pwd)/scenarios/01-unclosed-channel/solution.go
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-session-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX VISUAL
# the -L socket lives in $work: gone with it, no stale socket left in /tmp
TMUX_TMPDIR=$work
export TMUX_TMPDIR
# the tmux server decodes the program's UTF-8 output only in a UTF-8 locale
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
# wait_re ERE [TENTHS]: the same with an extended regular expression
wait_re() {
    n=0
    while test $n -lt "${2:-200}"; do
        if screen | grep -E -q -- "$1"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
keys() { tmux -L "$sock" send-keys -t lab "$@"; }
# the status bar: " paused  t=0ns  goroutines 1   heap 0B  seed 1  100ms/s ..."
status_bar() { screen | grep -E '^ [a-z ]+ +t=[^ ]+ +goroutines [0-9]+ .* seed [0-9]+'; }
vtime() { status_bar | sed 's/^ [a-z ]* t=\([^ ]*\) .*/\1/'; }
start() {   # start WIDTH HEIGHT: gorolab between two `stty -g` in the pane
    tmux -L "$sock" -f /dev/null new-session -d -s lab -x "$1" -y "$2" \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen VISUAL= EDITOR=$work/editor sh -c 'stty -g > $work/stty.before; $GOROLAB; echo \$? > $work/status; stty -g > $work/stty.after'"
}

# the learner's editor: writes the solution over the file it was given, then
# notes its name (so the test sees the name only once the file is written)
cat > "$work/editor" <<EOF
#!/bin/sh
cp "$sol" "\$1"
printf '%s\n' "\$1" > "$work/edited.tmp" && mv "$work/edited.tmp" "$work/edited"
EOF
chmod +x "$work/editor"

start 100 30
wait_for "Unclosed channel"; check $? "the browser lists lesson 1" "$(screen)"
keys Enter
wait_for "Goroutines" && screen | grep -q "Channels" && screen | grep -q "Output" &&
    status_bar | grep -q "^ paused .* seed 1 "
check $? "Enter opens lesson 1, paused, seed 1" "$(screen)"

# --- run: the settlers stay parked on `results` ---
keys Space
wait_for "[program exited, exit status 0]" 80
check $? "Space runs lesson 1 to its end line [program exited, exit status 0]" "$(screen)"
test "$(screen | grep -c -E 'main\.settle +chan receive')" = 3
check $? "the Goroutines pane shows three main.settle goroutines in chan receive" "$(screen)"
screen | grep -q -E 'main\.settle +chan receive .*main\.go:24'
check $? "... parked at main.go:24 (the range over results)" "$(screen)"
# "results  chan main.PaymentResult ..." then "  recv ← 3: g3 g4 g5  (waiting to receive)"
recv=$(screen | grep -A1 -E 'results +chan ' | sed -n 's/.*recv ← 3: \(\(g[0-9][0-9]* *\)*\).*/\1/p')
ok=1
if test "$(echo $recv | wc -w)" = 3; then
    ok=0
    for g in $recv; do
        screen | grep -q -E "[^0-9]${g#g} +main\.settle +chan receive" || ok=1
    done
fi
check $ok "the Channels pane shows results with a receive queue of the three settlers (recv ← $recv)" "$(screen)"

# --- restart and step ---
keys r
wait_re '^ paused +t=0ns +goroutines 1 .* seed 1 ' && screen | grep -q -E 'runtime\.main +runnable'
check $? "r restarts: t=0ns, one goroutine (runtime.main runnable), paused" "$(screen)"
# the first event is the scheduler switching to runtime.main: it shows running
before=$(screen)
keys n
n=0
while test $n -lt 20 && test "$(screen)" = "$before"; do sleep 0.1; n=$((n + 1)); done
test "$(screen)" != "$before"
check $? "n after r changes the screen" "$(screen)"
i=1
while test $i -lt 3 && ! screen | grep -q -E 'main\.main +running'; do
    keys n
    wait_re 'main\.main +running' 10 && break
    i=$((i + 1))
done
screen | grep -q -E 'main\.main +running' && ! screen | grep -q 'runtime\.main' &&
    status_bar | grep -q -E '^ paused +t=[1-9][^ ]* +goroutines 1 '
check $? "n steps: runtime.main gives way to main.main, running, t past 0s ($i n)" "$(screen)"
t1=$(vtime)
# step on until the sender and the three settlers exist, at most 30 events
i=0
while test $i -lt 30 && ! status_bar | grep -q ' goroutines 5 '; do
    keys n
    i=$((i + 1))
    wait_re '^ t=.* goroutines 5 ' 3 && break
done
status_bar | grep -q " goroutines 5 " &&
    test "$(screen | grep -c -E 'main\.settle +(runnable|running|chan receive)')" = 3
check $? "further n steps start the sender and the three settlers (goroutines 5, after $i more n)" "$(screen)"
t2=$(vtime)
test -n "$t2" && test "$t2" != "$t1"
check $? "... and the virtual time moved on (t=$t1, then t=$t2)" "$(screen)"

# --- seeds ---
keys ']'
wait_re '^ paused +t=0ns +goroutines 1 .* seed 2 '; check $? "] restarts with seed 2" "$(status_bar)"
keys '['
wait_re '^ paused +t=0ns +goroutines 1 .* seed 1 '; check $? "[ goes back to seed 1" "$(status_bar)"
# every restart compiles again: positions must still name the file
keys Space
wait_for "[program exited, exit status 0]" 80
screen | grep -q -E 'main\.settle +chan receive .*main\.go:24'
check $? \
    "rerun after a seed change: the settlers are still shown at main.go:24" "$(screen)"

# --- grade the starter ---
keys g
wait_re '[^ ] FAIL [^ ]' && wait_for "key closes" &&
    screen | grep -q 'still blocked receiving from'
check $? "g on the starter: a box titled FAIL says the settlers are still blocked on results" "$(screen)"
# the message's second line (after a newline) is in the box too
screen | grep -q '3 goroutines are stuck'
check $? \
    "the FAIL box shows the second line of the message (3 goroutines are stuck)" "$(screen)"
keys x
n=0
while test $n -lt 50 && screen | grep -q "key closes"; do sleep 0.1; n=$((n + 1)); done
! screen | grep -q "key closes" && ! screen | grep -q -E '[^ ] FAIL [^ ]'
check $? "a key closes the FAIL box" "$(screen)"

# --- f: the failing run, in the panes ---
keys f
wait_for "replaying the failing run" && status_bar | grep -q -E '^ paused +t=0ns .* REPLAY'
check $? "f loads the grade's failing run, paused at t=0 (REPLAY in the status bar)" "$(screen)"
keys Space
wait_for "[program exited, exit status 0]" 80 && test "$(screen | grep -c -E 'main\.settle +chan receive')" = 3
check $? "run to its end, the replay shows what the grader saw: three settlers parked" "$(screen)"
keys f
wait_for "back to the lesson's own run" && ! status_bar | grep -q REPLAY
check $? "f again goes back to the lesson's own run" "$(screen)"

# --- hint ---
keys h
wait_for "Hint 1" && screen | grep -q "When main returns, what are the three"
check $? "h reveals Hint 1 and its text" "$(screen)"

# --- fix it in the editor ---
keys e
n=0
while test $n -lt 50 && ! test -s "$work/edited"; do sleep 0.1; n=$((n + 1)); done
case $(cat "$work/edited" 2>/dev/null) in
"$work"/data/gorolab/*/main.go) cmp -s "$sol" "$(cat "$work/edited")" ;;
*) false ;;
esac
check $? "e runs \$EDITOR on the learner's copy under XDG_DATA_HOME ($(cat "$work/edited" 2>/dev/null))" "$(ls -R "$work/data" 2>&1)"
keys Tab Home   # the Source pane follows the program: back to its top
wait_for '"sync"' && ! screen | grep -q 'in state chan receive'
check $? "after the editor the view is back: the Source pane shows the fix, the old output is gone" "$(screen)"
wait_for "[program exited, exit status 0]" 80
check $? \
    "after e the program reruns by itself to its end line" "$(screen)"
wait_for "[program exited, exit status 0]" 80 && screen | grep -q "settled 12 payments, total 6300" &&
    status_bar | grep -q -E '^ finished .* goroutines 0 '
check $? "the rerun of the fix: its output, [program exited, exit status 0], no goroutine left" "$(screen)"
screen | grep -q -E 'results +chan .* closed' && ! screen | grep -q 'recv ←'
check $? "the Channels pane shows results closed and no receive queue" "$(screen)"
keys g
wait_re '[^ ] PASS [^ ]' && wait_for "The sender closes \`results\`"
check $? "g on the fix: a box titled PASS" "$(screen)"
keys x
n=0
while test $n -lt 50 && screen | grep -q "key closes"; do sleep 0.1; n=$((n + 1)); done
! screen | grep -q "key closes"
check $? "a key closes the PASS box" "$(screen)"
grep -q -x 'gorolab-basics unclosed-channel done 1 1' "$work/state/gorolab/progress"
check $? "the progress file records lesson 1 done (1 hint, seed 1)" "$(cat "$work/state/gorolab/progress" 2>&1)"

# --- a small terminal and back ---
tmux -L "$sock" set-option -w -t lab window-size manual >/dev/null 2>&1
tmux -L "$sock" resize-window -t lab -x 60 -y 20
wait_for "enlarge the terminal to 80x24" && wait_for "(now 60x20; q quits)" && ! screen | grep -q "Goroutines"
check $? "resized to 60x20: the enlarge notice instead of the panes" "$(screen)"
tmux -L "$sock" resize-window -t lab -x 100 -y 30
wait_for "Goroutines" && screen | grep -q "Lesson" && screen | grep -q "Source" &&
    screen | grep -q "Channels" && screen | grep -q "Output" && ! screen | grep -q "enlarge the terminal" &&
    status_bar | grep -q -E '^ finished .* seed 1 '
check $? "resized back to 100x30: the panes and the status bar are back" "$(screen)"

# --- quit ---
keys q
wait_for "Lvl  Progress" && screen | grep -q -E 'Unclosed channel.* done '
check $? "q goes back to the browser, which shows lesson 1 done" "$(screen)"
keys q
n=0
while test $n -lt 50 && ! test -f "$work/stty.after"; do sleep 0.1; n=$((n + 1)); done
test "$(cat "$work/status" 2>/dev/null)" = 0
check $? "q quits the lab with exit status 0" "status: $(cat "$work/status" 2>&1)"
test -s "$work/stty.before" && cmp -s "$work/stty.before" "$work/stty.after"
check $? "the terminal modes are restored (stty -g before = after)" \
    "before: $(cat "$work/stty.before" 2>&1)
after:  $(cat "$work/stty.after" 2>&1)"
