#!/bin/sh
# tests/cli/fuzz_corpus.sh: every input that once crashed the front end (the
# fuzzer's finds, kept in tests/fuzz/corpus) now ends with Go's exit status
# for a compile error, panic, limit (3) or success, never a signal or a hang.
dir=${srcdir:-.}/tests/fuzz/corpus
n=0
for f in "$dir"/*.go; do n=$((n + 1)); done
echo "1..$n"
i=0
for f in "$dir"/*.go; do
    i=$((i + 1))
    timeout 20 "$GOROLAB" run "$f" >/dev/null 2>&1 </dev/null
    st=$?
    case $st in
    0|1|2|3) echo "ok $i - $(basename "$f") (exit $st)" ;;
    *) echo "not ok $i - $(basename "$f") (exit $st)" ;;
    esac
done
