#!/bin/sh
# tests/cli/yaml_caps.sh: a hostile lesson or pack YAML is refused quickly
# with a clear error (issue 12, item 10): 100,000 keys, 100,000 levels of
# [[[...]]], 2 MiB of text, a FIFO; a lesson just under the caps still loads.
# (A generous bound of 8 s per file catches quadratic time, not speed.)
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/yaml_caps.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
echo "1..7"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
run() {   # run CMD...: $out, $st, $secs (whole seconds, rounded up); killed after 20 s
    s0=$(date +%s%N)
    out=$(timeout 20 "$@" 2>&1 | head -c 4000); st=$?
    secs=$(( ($(date +%s%N) - s0 + 999999999) / 1000000000 ))
}
head_yaml() {
    printf 'id: big\ntitle: t\nlevel: 1\nstory: s\ngoal: g\nscenario: {files: [a/main.go], edit: [a/main.go]}\ngrader: a.lua\nhints: [h]\n'
}
mkdir -p "$work/scenarios/a"
printf 'package main\n\nfunc main() {}\n' > "$work/scenarios/a/main.go"
printf 'return pass("ok")\n' > "$work/a.lua"
{ head_yaml; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "k%d: v\n", i }'; } > "$work/keys.yaml"
run "$GOROLAB" list -v "$work/keys.yaml"
check "100,000 keys: refused at once" \
    $(test $secs -le 8 && printf '%s\n' "$out" | grep -q 'keys.yaml:[0-9]*:1: more than 20000 values in one file' && echo 0 || echo 1) "${secs}s: $out"
awk 'BEGIN { printf "id: "; for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' > "$work/nest.yaml"
run "$GOROLAB" list -v "$work/nest.yaml"
check "100,000 levels of [[[...]]]: refused at once" \
    $(test $secs -le 8 && printf '%s\n' "$out" | grep -q 'nest.yaml:1:36: nested deeper than 32 levels' && echo 0 || echo 1) "${secs}s: $out"
{ head_yaml; printf 'explanation: "'; awk 'BEGIN { for (i = 0; i < 40000; i++) printf "0123456789012345678901234567890123456789012345678901234567890123" }'; printf '"\n'; } > "$work/huge.yaml"
run "$GOROLAB" list -v "$work/huge.yaml"
check "2.5 MiB: too large" \
    $(test $secs -le 8 && printf '%s\n' "$out" | grep -q 'huge.yaml:0:0: file too large (a lesson file is at most 1024 KiB)' && echo 0 || echo 1) "${secs}s: $out"
{ printf 'id: demo\nlessons:\n'; awk 'BEGIN { for (i = 0; i < 60000; i++) printf "  - l%d.yaml\n", i }'; } > "$work/pack.yaml"
run "$GOROLAB" list -v "$work"
check "a pack.yaml with 60,000 lessons: refused at once" \
    $(test $secs -le 8 && printf '%s\n' "$out" | grep -q 'pack.yaml:[0-9]*:5: more than 20000 values in one file' && echo 0 || echo 1) "${secs}s: $out"
rm "$work/pack.yaml"
{ head_yaml; awk 'BEGIN { for (i = 0; i < 9000; i++) printf "title: t%d\n", i }'; } > "$work/dups.yaml"
run "$GOROLAB" list -v "$work/dups.yaml"
check "9,000 duplicate keys: reported, in linear time" \
    $(test $secs -le 8 && printf '%s\n' "$out" | grep -q 'dups.yaml:9:1: duplicate field "title" (first at line 2)' && echo 0 || echo 1) "${secs}s: $out"
{ head_yaml; printf 'tags: ['; awk 'BEGIN { for (i = 0; i < 15000; i++) printf "t%d, ", i }'; printf 'end]\n'; } > "$work/tags.yaml"
run "$GOROLAB" list -v "$work/tags.yaml"
check "15,000 tags (under the caps) still load" $(test $st = 0 && test $secs -le 8 && echo 0 || echo 1) "$st ${secs}s: $out"
mkfifo "$work/fifo.yaml"
run "$GOROLAB" list -v "$work/fifo.yaml"
check "a FIFO lesson file does not block" $(test $st != 124 && echo 0 || echo 1) "$st: $out"
