#!/bin/sh
# tests/cli/lesson_yaml.sh: each broken lesson in tests/lessons/yaml/ carries
# the one diagnostic it must produce on its first line ("# want: LINE:COL: msg");
# `gorolab list -v FILE` must print exactly that, as FILE:LINE:COL: msg.
: "${srcdir:=.}" "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/lesson_yaml.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
files=$(ls "$srcdir"/tests/lessons/yaml/*.yaml)
n=$(printf '%s\n' "$files" | wc -l)
echo "1..$n"
i=0
for f in $files; do
    i=$((i + 1))
    want="$f:$(sed -n '1s/^# want: //p' "$f")"
    got=$("$GOROLAB" list -v "$f" 2>&1 >/dev/null)
    if test "$got" = "$want"; then
        echo "ok $i - $(basename "$f")"
    else
        echo "not ok $i - $(basename "$f")"
        echo "#     want: $want"
        printf '%s\n' "$got" | sed 's/^/#      got: /'
    fi
done
