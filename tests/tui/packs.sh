#!/bin/sh
# tests/tui/packs.sh: the lab's browser shows every pack, through tmux: the
# header says how many of the pack's lessons are done; `p` lists the
# bundled pack and every installed one (gorolab pack add) with the
# learner's progress in each; Enter opens the chosen pack's lessons, Esc
# stays. XDG_* and HOME point into $TMPDIR. Skips without tmux.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-packs-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX
TMUX_TMPDIR=$work
export TMUX_TMPDIR
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work
export XDG_DATA_HOME XDG_STATE_HOME HOME
echo "1..6"
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

(cd "$work" && "$GOROLAB" new mypack >/dev/null && "$GOROLAB" new mypack/second >/dev/null &&
    "$GOROLAB" pack add mypack >/dev/null 2>&1)
check $? "a pack is installed"
mkdir -p "$XDG_STATE_HOME/gorolab"
printf '# gorolab progress 1\nmypack squares done 0 1\n' > "$XDG_STATE_HOME/gorolab/progress"

tmux -L "$sock" -f /dev/null new-session -d -s lab -x 100 -y 30 \
    "env XDG_DATA_HOME=$XDG_DATA_HOME XDG_STATE_HOME=$XDG_STATE_HOME HOME=$HOME TERM=screen $GOROLAB"
wait_for "done)"; check $? "the header says how many lessons are done" "$(screen)"
keys p
wait_for "Lesson packs"
s=$(screen)
printf '%s\n' "$s" | grep -q 'gorolab-basics .* 0/35 .*done.*(bundled)' && printf '%s\n' "$s" | grep -q 'mypack  *1/2 .*done'
check $? "p lists the bundled pack and the installed one, with progress" "$s"
keys Escape
sleep 0.3
! screen | grep -q "Lesson packs"; check $? "Esc stays" "$(screen)"
keys p
wait_for "Lesson packs"
keys Down Enter
wait_for "(1/2 done)"; check $? "Enter opens the installed pack" "$(screen)"
screen | grep -q 'second: workers that never stop'; check $? "its lessons are listed" "$(screen)"
keys q
n=0
while tmux -L "$sock" has-session -t lab 2>/dev/null && test $n -lt 50; do sleep 0.1; n=$((n + 1)); done
