#!/bin/sh
# tests/tui/failure_story.sh: a grade's failing schedule, loaded and stepped
# through (tmux): a lesson whose grader explores schedules fails on the
# check-then-act overdraft; f loads the shrunk failing schedule, and the
# Lesson pane tells the choices that matter (one withdrawal runs instead of
# the other, stopped between its check and its act: at most two) and how
# the run ends; n steps through the replay until the panic. Skips without tmux.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-story-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX VISUAL EDITOR
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..5"
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
mkdir -p "$pack/scenarios/bank"
cp "$srcdir/tests/cli/testdata/explore_bank.go" "$pack/scenarios/bank/main.go"
cp "$srcdir/tests/cli/testdata/explore_bank.go" "$pack/scenarios/bank/solution.go"
cat >"$pack/pack.yaml" <<'Y'
id: storypack
title: Story
lessons: [01-bank.yaml]
Y
cat >"$pack/01-bank.yaml" <<'Y'
id: bank
title: Bank
level: 1
story: Two withdrawals share an account.
goal: The account is never overdrawn.
scenario:
  files: [bank/main.go]
  edit: [bank/main.go]
  solution: [bank/solution.go]
grader: bank.lua
hints: [Check and act under one lock.]
Y
cat >"$pack/bank.lua" <<'L'
local all = lab.explore{ runs = 200 }
expect(all.failed == 0, all.first_failure)
return pass("never overdrawn")
L
tmux -L "$sock" -f /dev/null new-session -d -s lab -x 150 -y 48 \
    "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen $GOROLAB $pack bank"
wait_for "Two withdrawals"
keys g
wait_for "FAIL" 300 && wait_for "overdrawn"; st=$?
check $st "the grade fails on an explored schedule" "$(screen)"
keys Escape
sleep 0.3
keys f
wait_for "the choices that matter"; st=$?
check $st "f loads the failing schedule and the Lesson pane tells its story" "$(screen)"
check $(screen | grep -q '1\. g[23] main.withdraw at main.go:[0-9]* runs instead of g[23]' && ! screen | grep -q ' 3\. g' && echo 0 || echo 1) \
    "a choice or two matter: one withdrawal runs while the other is stopped between check and act" "$(screen)"
check $(screen | grep -q 'then: panic: overdrawn: balance -50' && echo 0 || echo 1) "and how the run ends" "$(screen)"
i=0
while test $i -lt 80 && ! screen | grep -q '^│panic: overdrawn'; do
    keys n
    sleep 0.1
    i=$((i + 1))
done
wait_for "REPLAY" 10 && screen | grep -q '^│panic: overdrawn: balance -50'; st=$?
check $st "n steps through the replay to the panic ($i steps)" "$(screen)"
