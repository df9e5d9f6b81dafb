#!/bin/sh
# tests/cli/usage.sh: `gorolab --help` prints the usage and exits 0; a bad
# subcommand is a usage error (64).
echo "1..3"
out=$("$GOROLAB" --help 2>/dev/null); st=$?
if test $st = 0; then echo "ok 1 - --help exits 0"; else echo "not ok 1 - --help exits 0 (got $st)"; fi
if printf '%s\n' "$out" | grep -qi usage; then echo "ok 2 - --help prints usage"
else echo "not ok 2 - --help prints usage"; printf '%s\n' "$out" | sed 's/^/# /'; fi
"$GOROLAB" no-such-subcommand-xyzzy >/dev/null 2>&1 < /dev/null; st=$?
if test $st = 64; then echo "ok 3 - bad subcommand exits 64"
else echo "not ok 3 - bad subcommand exits 64 (got $st)"; fi
