#!/bin/sh
# tests/cli/trace.sh: `gorolab run --trace FILE.json` writes valid Chrome
# trace-event JSON (checked with python3's json module when there is one),
# the same bytes for the same seed; --max-time takes Go durations; an
# unblocking is a flow event from the goroutine that caused it (a send, a
# close) and a blocked slice says its channel and position; `--trace -`
# writes the JSON alone on standard output (the program's output goes to
# standard error).
prog=${srcdir:-.}/tests/cli/testdata/trace_workers.go
t=${TMPDIR:-/tmp}/gorolab-trace.$$
trap 'rm -f "$t".*' EXIT
echo "1..8"
out=$("$GOROLAB" run --trace "$t.1.json" "$prog" 2>"$t.err"); st=$?
if test $st = 0 && test "$out" = "sum 45"; then echo "ok 1 - the traced program runs"
else echo "not ok 1 - the traced program runs (exit $st, output '$out')"; sed 's/^/# /' "$t.err"; fi
if command -v python3 >/dev/null 2>&1; then
    if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); e=d["traceEvents"]; assert any(x.get("ph")=="X" and x["name"]=="running" for x in e); assert any(x.get("ph")=="X" and x["name"]=="chan receive" for x in e); assert any(x.get("ph")=="M" and x["args"].get("name")=="goroutine 2 main.worker" for x in e)' "$t.1.json" 2>"$t.py"
    then echo "ok 2 - valid JSON with running, blocked and name events"
    else echo "not ok 2 - valid JSON with running, blocked and name events"; sed 's/^/# /' "$t.py"; fi
else
    echo "ok 2 - valid JSON # SKIP no python3"
fi
"$GOROLAB" run --trace "$t.2.json" "$prog" >/dev/null 2>&1
if cmp -s "$t.1.json" "$t.2.json"; then echo "ok 3 - same seed, same trace"
else echo "not ok 3 - same seed, same trace"; fi
"$GOROLAB" run --max-time soon "$prog" >/dev/null 2>&1; st=$?
if test $st = 64; then echo "ok 4 - a bad --max-time is a usage error"
else echo "not ok 4 - a bad --max-time is a usage error (exit $st)"; fi
"$GOROLAB" run --trace /nonexistent/dir/x.json "$prog" >/dev/null 2>&1; st=$?
if test $st = 1; then echo "ok 5 - an unwritable trace file fails before running"
else echo "not ok 5 - an unwritable trace file fails before running (exit $st)"; fi
"$GOROLAB" run --trace "$t.3.json" "${srcdir:-.}/tests/cli/testdata/trace_close.go" >/dev/null 2>&1
if command -v python3 >/dev/null 2>&1; then
    if python3 -c '
import json, sys
e = json.load(open(sys.argv[1]))["traceEvents"]
flows = [x for x in e if x.get("cat") == "unblock"]
starts = {x["id"]: x for x in flows if x["ph"] == "s"}
ends = [x for x in flows if x["ph"] == "f"]
assert ends and all(x["id"] in starts for x in ends), "every flow end has its start"
assert any(x["name"] == "close" and starts[x["id"]]["tid"] == 1 and x["tid"] != 1 for x in ends), "main closes jobs: a close flow from g1 to a worker"
assert any(x["name"] == "send" for x in ends), "a send wakes a receiver"
blocked = [x for x in e if x.get("ph") == "X" and x["name"] == "chan receive"]
assert blocked and all(x["args"].get("chan_name") and x["args"].get("pos") for x in blocked), "blocked slices carry the channel and position"
' "$t.3.json" 2>"$t.py"
    then echo "ok 6 - unblocking is a flow event from its cause (send, close); blocked slices name the channel and position"
    else echo "not ok 6 - unblocking is a flow event from its cause (send, close); blocked slices name the channel and position"; sed 's/^/# /' "$t.py"; fi
else
    echo "ok 6 - flow events # SKIP no python3"
fi
"$GOROLAB" run --trace - "$prog" >"$t.out" 2>"$t.err"; st=$?
if test $st = 0 && cmp -s "$t.out" "$t.1.json"; then echo "ok 7 - --trace - writes the same JSON, alone, on standard output"
else echo "not ok 7 - --trace - writes the same JSON, alone, on standard output (exit $st)"; head -c 300 "$t.out" | sed 's/^/# /'; fi
if grep -q '^sum 45$' "$t.err"; then echo "ok 8 - with --trace -, the program's output goes to standard error"
else echo "not ok 8 - with --trace -, the program's output goes to standard error"; sed 's/^/# /' "$t.err"; fi
