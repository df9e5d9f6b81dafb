#!/bin/sh
# tests/cli/trace.sh: `gorolab run --trace FILE.json` writes valid Chrome
# trace-event JSON (checked with python3's json module when there is one),
# the same bytes for the same seed; --max-time takes Go durations.
prog=${srcdir:-.}/tests/cli/testdata/trace_workers.go
t=${TMPDIR:-/tmp}/gorolab-trace.$$
trap 'rm -f "$t".*' EXIT
echo "1..5"
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
