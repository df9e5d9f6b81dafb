#!/bin/sh
# tests/cli/deep.sh: long chains that Go compiles must compile (issue 12
# items 8 and 9): 5,300 chained constants, 6,700 chained method calls,
# 12,500 type aliases, 17,500 terms in one expression (each in source order
# and, where it matters, reversed), 5,000 nested calls, 10,000 nested
# parentheses (the parser stopped at 1,000 levels), and 10,000 package
# variables each initialised from the next one (initialisation order in
# about linear time).
# The programs are generated here. Each run is bounded by `timeout` so that
# a quadratic (or worse) compiler fails rather than hangs.
t=$(mktemp -d "${TMPDIR:-/tmp}/deep.XXXXXX") || exit 99
trap 'rm -rf "$t"' EXIT
limit=${DEEP_TIMEOUT:-60}

cases="consts consts_rev methods aliases aliases_rev terms vars_rev calls parens"
n=0
for c in $cases; do n=$((n + 1)); done
echo "1..$n"

gen() {
    case $1 in
    consts) awk 'BEGIN { print "package main\n\nimport \"fmt\"\n\nconst c0 = 1"
        for (i = 1; i <= 5300; i++) printf "const c%d = c%d + 1\n", i, i - 1
        print "\nfunc main() { fmt.Println(c5300) }" }' ;;
    consts_rev) awk 'BEGIN { print "package main\n\nimport \"fmt\"\n"
        for (i = 0; i < 5300; i++) printf "const c%d = c%d + 1\n", i, i + 1
        print "const c5300 = 1\n\nfunc main() { fmt.Println(c0) }" }' ;;
    methods) awk 'BEGIN { printf "package main\n\nimport \"fmt\"\n\ntype T struct{ n int }\n\nfunc (t T) M() T { t.n++; return t }\n\nfunc main() {\n\tvar t T\n\tfmt.Println(t"
        for (i = 0; i < 6700; i++) printf ".M()"
        print ".n)\n}" }' ;;
    aliases) awk 'BEGIN { print "package main\n\nimport \"fmt\"\n\ntype A0 = int"
        for (i = 1; i <= 12500; i++) printf "type A%d = A%d\n", i, i - 1
        print "\nfunc main() { var x A12500 = 12500; fmt.Println(x) }" }' ;;
    aliases_rev) awk 'BEGIN { print "package main\n\nimport \"fmt\"\n"
        for (i = 0; i < 12500; i++) printf "type A%d = A%d\n", i, i + 1
        print "type A12500 = int\n\nfunc main() { var x A0 = 12500; fmt.Println(x) }" }' ;;
    terms) awk 'BEGIN { printf "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ty := x"
        for (i = 1; i < 17500; i++) printf " + x"
        print "\n\tfmt.Println(y)\n}" }' ;;
    vars_rev) awk 'BEGIN { print "package main\n\nimport \"fmt\"\n"
        for (i = 0; i < 10000; i++) printf "var v%d = v%d + 1\n", i, i + 1
        print "var v10000 = 1\n\nfunc main() { fmt.Println(v0) }" }' ;;
    calls) awk 'BEGIN { printf "package main\n\nimport \"fmt\"\n\nfunc f(x int) int { return x + 1 }\n\nfunc main() {\n\tfmt.Println("
        for (i = 0; i < 5000; i++) printf "f("
        printf "0"
        for (i = 0; i < 5000; i++) printf ")"
        print ")\n}" }' ;;
    parens) awk 'BEGIN { printf "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println("
        for (i = 0; i < 10000; i++) printf "("
        printf "10000"
        for (i = 0; i < 10000; i++) printf ")"
        print ")\n}" }' ;;
    esac
}

want() {
    case $1 in
    consts|consts_rev) echo 5301 ;;
    methods) echo 6700 ;;
    aliases|aliases_rev) echo 12500 ;;
    terms) echo 17500 ;;
    vars_rev) echo 10001 ;;
    calls) echo 5000 ;;
    parens) echo 10000 ;;
    esac
}

i=0
for c in $cases; do
    i=$((i + 1))
    gen "$c" > "$t/$c.go"
    timeout "$limit" "$GOROLAB" run "$t/$c.go" > "$t/out" 2> "$t/err"
    st=$?
    w=$(want "$c")
    if test $st = 0 && test "$(cat "$t/out")" = "$w"; then
        echo "ok $i - $c"
    else
        echo "not ok $i - $c (exit $st, want output $w)"
        head -c 600 "$t/err" | sed 's/^/# /'
        head -c 200 "$t/out" | sed 's/^/# out: /'
    fi
done
