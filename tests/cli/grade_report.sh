#!/bin/sh
# tests/cli/grade_report.sh: what a grader says reaches every report intact
# and well formed (issue 12, items 18 and 22): invalid UTF-8, NUL and
# control bytes from the program or the grader give valid JSON (checked by
# python3's json module when there is one) and well-formed JUnit XML; a NUL
# does not cut a message; fail({}) shows the value, not an address; a __len
# metamethod on lab.run's args is an error message, not an allocation failure.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/grade_report.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
echo "1..8"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
have_py=false
command -v python3 >/dev/null 2>&1 && have_py=true
cat > "$work/bytes.go" <<'GO'
package main

import "fmt"

func main() {
	fmt.Print("bad \xff byte, \xed\xa0\x80 surrogate, \x01 control, \x00 nul, ok é\n")
}
GO
cat > "$work/bytes.lua" <<'L'
local r = lab.run{}
expect(false, "output: " .. r.stdout .. " and a grader NUL \0 after")
L
"$GOROLAB" grade --grader "$work/bytes.lua" "$work/bytes.go" --format json > "$work/out.json" 2>&1
if $have_py; then
    out=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); print(d["tests"][0]["message"])' "$work/out.json" 2>&1); st=$?
else
    out=$(cat "$work/out.json"); st=0
fi
check "json: invalid UTF-8 and control bytes give valid JSON" $st "$out"
printf '%s\n' "$out" | grep -q 'after' && printf '%s\n' "$out" | grep -q 'ok é'
check "json: a NUL does not cut the message" $? "$out"
"$GOROLAB" grade --grader "$work/bytes.lua" "$work/bytes.go" --format junit > "$work/out.xml" 2>&1
if $have_py; then
    out=$(python3 -c 'import sys, xml.dom.minidom as m; d=m.parse(sys.argv[1]); print(d.getElementsByTagName("failure")[0].getAttribute("message"))' "$work/out.xml" 2>&1); st=$?
else
    out=$(cat "$work/out.xml"); st=0
fi
check "junit: the same gives well-formed XML" $st "$out"
printf '%s\n' "$out" | grep -q 'after'
check "junit: a NUL does not cut the message" $? "$out"
"$GOROLAB" grade --grader "$work/bytes.lua" "$work/bytes.go" --format tap > "$work/out.tap" 2>&1
if $have_py; then
    out=$(python3 -c 'import sys; open(sys.argv[1], encoding="utf-8").read()' "$work/out.tap" 2>&1); st=$?
else
    st=0
fi
check "tap: the YAML block is valid UTF-8" $st "$out"
printf 'fail({})\n' > "$work/t1.lua"
out=$("$GOROLAB" grade --grader "$work/t1.lua" "$srcdir/tests/grade/ok.go" 2>&1)
printf '%s\n' "$out" | grep -q '^  {}$'
check "fail({}) shows {}, not an address" $? "$out"
printf 'fail({1, "two", name = "x"})\n' > "$work/t2.lua"
out=$("$GOROLAB" grade --grader "$work/t2.lua" "$srcdir/tests/grade/ok.go" 2>&1)
printf '%s\n' "$out" | grep -q '^  {1, "two", name = "x"}$'
check "fail of a table shows a short literal" $? "$out"
printf 'lab.run{args = setmetatable({}, {__len = function() return -5 end})}\nreturn pass("no")\n' > "$work/len.lua"
out=$("$GOROLAB" grade --grader "$work/len.lua" "$srcdir/tests/grade/ok.go" 2>&1)
printf '%s\n' "$out" | grep -q 'lab.run: args must be a plain list of strings' && ! printf '%s\n' "$out" | grep -q 'memory allocation'
check "a __len on args is an error message" $? "$out"
