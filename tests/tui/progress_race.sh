#!/bin/sh
# tests/tui/progress_race.sh: two labs and `gorolab grade` on one progress
# file lose no pass (issue 12, item 14). Both labs read the progress before
# `gorolab grade` records lesson 3's pass; then each lab passes its own
# lesson. Every pass must be in the file at the end. Skips without tmux.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-prograce-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX VISUAL EDITOR
TMUX_TMPDIR=$work
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8
export TMUX_TMPDIR XDG_DATA_HOME XDG_STATE_HOME HOME LANG
echo "1..5"
t=0
check() {   # check COND-EXIT-STATUS NAME [OUTPUT]
    t=$((t + 1))
    if test "$1" = 0; then echo "ok $t - $2"; else echo "not ok $t - $2"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
screen() { tmux -L "$sock" capture-pane -p -t "$1" 2>/dev/null; }
wait_for() {   # wait_for SESSION TEXT [TENTHS]
    n=0
    while test $n -lt "${3:-50}"; do
        if screen "$1" | grep -F -q -- "$2"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
pack=$work/pack
mkdir -p "$pack/scenarios/a"
printf 'id: racepack\nlessons: [01-one.yaml, 02-two.yaml, 03-three.yaml]\n' > "$pack/pack.yaml"
printf 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n' > "$pack/scenarios/a/main.go"
for l in 01-one:one 02-two:two 03-three:three; do
    cat > "$pack/${l%%:*}.yaml" <<YAML
id: ${l##*:}
title: Lesson ${l##*:}
level: 1
story: A story.
goal: A goal.
scenario:
  files: [a/main.go]
  edit: [a/main.go]
grader: pass.lua
hints: [A hint.]
YAML
done
echo 'local r = lab.run{}; expect(r.status == "exit", r.status); return pass("fine")' > "$pack/pass.lua"
for n in 1 2; do
    tmux -L "$sock" -f /dev/null new-session -d -s "lab$n" -x 100 -y 30 \
        "env XDG_DATA_HOME=$XDG_DATA_HOME XDG_STATE_HOME=$XDG_STATE_HOME HOME=$HOME LANG=C.UTF-8 TERM=screen $GOROLAB $pack $n"
done
wait_for lab1 "Lesson one" 80 && wait_for lab2 "Lesson two" 80
check $? "two labs are open" "$(screen lab1; screen lab2)"
out=$("$GOROLAB" grade 3 --pack "$pack" 2>&1)
grep -q '^racepack three done' "$XDG_STATE_HOME/gorolab/progress"
check $? "gorolab grade records lesson 3's pass" "$out"
tmux -L "$sock" send-keys -t lab1 g
wait_for lab1 "PASS" 100
tmux -L "$sock" send-keys -t lab2 g
wait_for lab2 "PASS" 100
check $? "each lab passes its lesson" "$(screen lab1; screen lab2)"
sleep 0.3
f=$XDG_STATE_HOME/gorolab/progress
grep -q '^racepack one done' "$f" && grep -q '^racepack two done' "$f"
check $? "both labs' passes are saved" "$(cat "$f")"
grep -q '^racepack three done' "$f"
check $? "gorolab grade's pass is still there" "$(cat "$f")"
