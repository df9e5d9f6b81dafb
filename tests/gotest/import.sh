#!/bin/sh
# tests/gotest/import.sh: (re)copies Go's own test programs into tests/gotest/
# from Debian's golang-1.19-src (go1.19.8): every `// run` program of the
# directories Go's test/run.go walks whose imports are all packages gorolab
# supports (man/gorolab-go.7), with its .out file. Files keep their BSD
# headers; tests/gotest/LICENSE is Go's. Prints the programs copied.
#
# usage: tests/gotest/import.sh [GO_TEST_DIR]   (default /usr/share/go-1.19/test)
set -e
LC_ALL=C
export LC_ALL
src=${1:-/usr/share/go-1.19/test}
here=$(cd "$(dirname "$0")" && pwd)
test -d "$src" || { echo "import.sh: no $src (apt-get install golang-1.19-src)" >&2; exit 1; }
supported=" fmt errors io os log strings strconv math sort time sync sync/atomic context math/rand runtime golang.org/x/sync/errgroup "
cd "$src"
for d in . ken chan interface syntax dwarf fixedbugs codegen runtime abi typeparam typeparam/mdempsky; do
    test -d "$d" || continue
    for f in "$d"/*.go; do
        test -f "$f" || continue
        # the action is the first line that is not blank or a build constraint
        action=$(grep -v -e '^//go:build' -e '^// +build' -e '^[[:space:]]*$' "$f" | head -n 1)
        case $action in
        '// run'|'// run '*|'//run'|'//run '*) ;;
        *) continue ;;
        esac
        # imports: single-line ones and those of import ( ... ) blocks
        ok=1
        for imp in $(awk '
            /^import[ \t]*\(/ { inblk = 1; next }
            inblk && /^\)/ { inblk = 0; next }
            inblk { if (match($0, /"[^"]+"/)) print substr($0, RSTART + 1, RLENGTH - 2); next }
            /^import[ \t]/ { if (match($0, /"[^"]+"/)) print substr($0, RSTART + 1, RLENGTH - 2) }
            ' "$f"); do
            case $supported in
            *" $imp "*) ;;
            *) ok=0 ;;
            esac
        done
        grep -q '^import[ \t]*\.\|^[ \t]*\.[ \t]*"' "$f" && ok=0
        test $ok = 1 || continue
        p=${f#./}
        mkdir -p "$here/$(dirname "$p")"
        cp "$f" "$here/$p"
        out=${f%.go}.out
        if test -f "$out"; then cp "$out" "$here/${p%.go}.out"; fi
        echo "$p"
    done
done
