#!/bin/sh
# tests/cli/jump_cost.sh: a loop's steps do not depend on where its jump
# finds its cost. A taken backward jump costs the steps of the code it spans:
# up to 255 from the jump instruction itself (Instr.jc), more from the
# proto's table (Proto.jcost). A loop of L lines `s += i & k` costs 3L + 2
# steps an iteration (the model is measured on L = 1 and 2); the loops
# around the byte's edge (L = 84: 254 steps, 85: 257) and a long one (300)
# must cost what the model says, as `run --stats` counts them.
t=$(mktemp -d "${TMPDIR:-/tmp}/jump_cost.XXXXXX") || exit 99
trap 'rm -rf "$t"' EXIT
echo "1..2"

# loop N L: a program whose loop runs N times over L lines
loop() {
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\ts := 0\n\tfor i := 0; i < %d; i++ {\n' "$1"
    k=1
    while test "$k" -le "$2"; do printf '\t\ts += i & %d\n' $((k % 7 + 1)); k=$((k + 1)); done
    printf '\t}\n\tfmt.Println(s)\n}\n'
}

# per_iteration L: the steps of one more iteration of an L-line loop
per_iteration() {
    loop 10 "$1" >"$t/a.go"
    loop 20 "$1" >"$t/b.go"
    a=$("$GOROLAB" run --stats "$t/a.go" 2>&1 >/dev/null | sed -n 's/^gorolab: \([0-9]*\) steps.*/\1/p')
    b=$("$GOROLAB" run --stats "$t/b.go" 2>&1 >/dev/null | sed -n 's/^gorolab: \([0-9]*\) steps.*/\1/p')
    test -n "$a" && test -n "$b" && echo $(((b - a) / 10))
}

one=$(per_iteration 1)
two=$(per_iteration 2)
line=$((two - one))
over=$((one - line))
if test "$line" = 3 && test "$over" = 2; then echo "ok 1 - a loop line costs 3 steps, the loop 2"
else echo "not ok 1 - a loop line costs 3 steps, the loop 2"; echo "# got: line $line, loop $over"; fi

got= want=
for l in 84 85 300; do
    got="$got $(per_iteration $l)"
    want="$want $((line * l + over))"
done
if test "$got" = "$want"; then echo "ok 2 - loops of 254, 257 and 902 steps cost them, in the jump or from the table"
else echo "not ok 2 - loops of 254, 257 and 902 steps cost them, in the jump or from the table"; echo "# got: $got"; echo "# want:$want"; fi
