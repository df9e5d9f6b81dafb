#!/bin/sh
# tests/cli/big_funcs.sh: big functions that Go compiles (issue 12 item 20):
# 65 and 300 parameters, 65 results, loop (a range over a channel too),
# select and switch bodies of 40,000 statements (beyond the 16-bit offsets
# of compare-and-jump and RECVRANGE); past gorolab's limits, one precise
# message naming the user's file. The programs are generated here.
t=$(mktemp -d "${TMPDIR:-/tmp}/big_funcs.XXXXXX") || exit 99
trap 'rm -rf "$t"' EXIT
limit=${BIG_FUNCS_TIMEOUT:-60}
echo "1..6"

# params N: f with N int parameters, called with 0..N-1
params() {
    awk -v n="$1" 'BEGIN {
        printf "package main\n\nimport \"fmt\"\n\nfunc f("
        for (i = 0; i < n; i++) printf "%sa%d int", (i ? ", " : ""), i
        printf ") int {\n\treturn a0 + a%d\n}\n\nfunc main() {\n\tfmt.Println(f(", n - 1
        for (i = 0; i < n; i++) printf "%s%d", (i ? ", " : ""), i
        print "))\n}" }'
}
results() {
    awk -v n="$1" 'BEGIN {
        printf "package main\n\nimport \"fmt\"\n\nfunc f() ("
        for (i = 0; i < n; i++) printf "%sint", (i ? ", " : "")
        printf ") {\n\treturn "
        for (i = 0; i < n; i++) printf "%s%d", (i ? ", " : ""), i
        printf "\n}\n\nfunc main() {\n\t"
        for (i = 0; i < n; i++) printf "%sr%d", (i ? ", " : ""), i
        printf " := f()\n\tfmt.Println(r0"
        for (i = 1; i < n; i++) printf " + r%d", i
        print ")\n}" }'
}
bodies() {
    awk 'function body(s) { for (i = 0; i < 40000; i++) printf "\t\t%s\n", s }
    BEGIN {
        printf "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n"
        printf "\tfor i := 0; i < 2; i++ {\n"; body("x++"); printf "\t}\n"
        printf "\tfor _, v := range []int{1, 2} {\n"; body("x += v"); printf "\t}\n"
        printf "\tch := make(chan int, 1)\n\tch <- 1\n\tselect {\n\tcase v := <-ch:\n"; body("x += v")
        printf "\tcase ch <- 2:\n\t\tx = -1\n\t}\n"
        printf "\tswitch x {\n\tcase 240000:\n"; body("x++"); printf "\tcase 5:\n\t\tx--\n\t}\n"
        printf "\tcs := make(chan int, 2)\n\tcs <- 1\n\tcs <- 2\n\tclose(cs)\n\tfor v := range cs {\n"; body("x += v"); printf "\t}\n"
        print "\tfmt.Println(x)\n}" }'
}

# check N NAME FILE WANT_STATUS WANT_OUTPUT
check() {
    (cd "$t" && timeout "$limit" "$GOROLAB" run "$3") > "$t/out" 2>&1
    st=$?
    if test $st = "$4" && test "$(cat "$t/out")" = "$5"; then echo "ok $1 - $2"
    else
        echo "not ok $1 - $2 (exit $st, want $4)"
        head -c 600 "$t/out" | sed 's/^/# /'
    fi
}

params 65 > "$t/p65.go"; check 1 "65 parameters" p65.go 0 64
params 300 > "$t/p300.go"; check 2 "300 parameters" p300.go 0 299
results 65 > "$t/r65.go"; check 3 "65 results" r65.go 0 2080
bodies > "$t/bodies.go"; check 4 "bodies of 40,000 statements" bodies.go 0 400000
params 70000 | sed 's/^\tfmt.Println(f(.*/\tfmt.Println(f)/' > "$t/p70k.go"
check 5 "70,000 parameters: one message" p70k.go 1 \
    "p70k.go:5:1: function too large for gorolab (70001 parameters and results; at most 60000)"
# the message names the user's file, not an embedded one
params 70000 > "$t/call70k.go"
(cd "$t" && timeout "$limit" "$GOROLAB" run call70k.go) > "$t/out" 2>&1
if grep -q '^call70k.go:10:1: function too large for gorolab' "$t/out" && ! grep -q 'runtime.go\|undefined' "$t/out"
then echo "ok 6 - a call with 70,000 arguments: its line in the user's file"
else echo "not ok 6 - a call with 70,000 arguments: its line in the user's file"; head -c 600 "$t/out" | sed 's/^/# /'; fi
