#!/bin/sh
# tests/cli/docs.sh: the man pages tell the truth and stay true.
#  - the commands `gorolab --help` names are the COMMANDS of gorolab(1);
#  - for each command, the options its --help prints are the options
#    gorolab(1) describes for it (the .TP tags of its COMMANDS subsection),
#    no more, no less (the lab's own: the `gorolab [PACK|LESSON]` one);
#  - every key of the lab's help (src/tui/keys.c) is a tag of gorolab(1)'s
#    KEYS section;
#  - every function the grader's `lab` table and globals expose
#    (src/grade/lab.c) has its subsection in gorolab-grader(7);
#  - no page promises what is already there ("NEXT VERSION", "not
#    available yet", "this version provides", "planned").
top=${srcdir:-.}
man1=$top/man/gorolab.1
t=${TMPDIR:-/tmp}/gorolab-docs.$$
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT
n=0
check() {   # check NAME STATUS(0 = ok) [DETAIL...]
    name=$1; st=$2; shift 2
    n=$((n + 1))
    if test "$st" = 0; then echo "ok $n - $name"
    else echo "not ok $n - $name"; for l in "$@"; do printf '%s\n' "$l" | sed 's/^/# /'; done; fi
}
# plain: the page without roff's escapes for dashes and fonts
plain() { sed 's/\\-/-/g; s/\\f[BIRP]//g; s/\\(aq/'"'"'/g' "$1"; }
cmds=$("$GOROLAB" --help | sed -n 's/^ *\(usage:\)\{0,1\} *gorolab \([a-z][a-z]*\).*/\2/p' | sort -u | tr '\n' ' ')
echo "1..$((7 + $(echo $cmds | wc -w)))"

mancmds=$(plain "$man1" | sed -n '/^\.SH COMMANDS/,/^\.SH /p' | sed -n 's/^\.SS "gorolab \([a-z][a-z]*\).*/\1/p' | sort -u | tr '\n' ' ')
test "$cmds" = "$mancmds"; check "the commands of gorolab --help are gorolab(1)'s COMMANDS" $? "--help: $cmds" "man:    $mancmds"

# the options of one COMMANDS subsection: the --options of its .TP tag lines
manopts() {   # manopts CMD ("" for the lab)
    plain "$man1" | sed -n '/^\.SH COMMANDS/,/^\.SH /p' | awk -v cmd="$1" '
        /^\.SS / { s = $0; sub(/^\.SS "gorolab /, "", s); split(s, w, /[ "]/);
                   in_cmd = (cmd == "" ? (w[1] ~ /^\[/) : (w[1] == cmd)); next }
        /^\.TP/ { tag = 1; next }
        tag { tag = 0; if (in_cmd) { line = $0; while (match(line, /--[a-z][a-z-]*/)) {
                  print substr(line, RSTART, RLENGTH); line = substr(line, RSTART + RLENGTH) } } }' | sort -u | tr '\n' ' '
}
for c in "" $cmds; do
    help=$("$GOROLAB" $c --help | grep -o -- '--[a-z][a-z-]*' | grep -v -- '^--help$' | sort -u | tr '\n' ' ')
    man=$(manopts "$c" | tr ' ' '\n' | grep -v -- '^--help$' | grep . | sort -u | tr '\n' ' ')
    if test -z "$c"; then   # the lab documents --help and --version as its own options
        help=$(printf '%s\n' $help --version | sort -u | tr '\n' ' ')
    fi
    test "$help" = "$man"
    check "gorolab ${c:-(the lab)}: the options --help prints are gorolab(1)'s" $? "--help: $help" "man:    $man"
done

# keys: every label of src/tui/keys.c's tables is a tag in KEYS
sed -n 's/^ *{[^,]*, *K_[A-Z_]*, *"\([^"]*\)", *\(N_(\)\{0,1\}".*/\1/p' "$top/src/tui/keys.c" | sort -u > "$t/labels"
plain "$man1" | sed -n '/^\.SH KEYS/,/^\.SH /p' | awk '/^\.TP/ { tag = 1; next } tag { tag = 0; sub(/^\.B[IR]* /, ""); gsub(/"/, ""); print }' |
    sort -u > "$t/tags"
missing=$(comm -23 "$t/labels" "$t/tags" | tr '\n' '|')
test -s "$t/labels" && test -z "$missing"
check "every key of the lab's help is in gorolab(1)'s KEYS" $? "missing: $missing" "labels: $(tr '\n' '|' < "$t/labels")"
grep -q '^\.SH KEYS' "$man1" && plain "$man1" | sed -n '/^\.SH KEYS/,/^\.SH /p' | grep -q 'tagged$' &&
    plain "$man1" | grep -q 'check --verbose\|\.BR --verbose ", " -v'
check "gorolab(1) documents the d key's race rule and check --verbose" $?

# the grader's functions: set_fn(L, &lab, "name", ..., global?)
sed -n 's/.*set_fn(L, &lab, "\([a-z_]*\)", [a-z_]*, \(true\|false\)).*/\1 \2/p' "$top/src/grade/lab.c" > "$t/fns"
missing=
while read -r fn global; do
    if test "$global" = true; then pat="^\.SS $fn("; else pat="^\.SS lab\.$fn[({ ]"; fi
    grep -q "$pat" "$top/man/gorolab-grader.7" || missing="$missing $fn"
done < "$t/fns"
test "$(wc -l < "$t/fns")" -ge 8 && test -z "$missing"
check "every function the grader exposes has its section in gorolab-grader(7)" $? "missing:$missing" "$(cat "$t/fns")"

# nothing stale
stale=$(grep -n -i 'NEXT VERSION\|not available yet\|this version provides\|planned\|in later versions' "$top"/man/*.[157])
test -z "$stale"; check "no page promises what is already there" $? "$stale"

# the pack layout the pages describe is the one gorolab new makes and check reads
grep -q 'tests/.*SLUG' "$top/man/gorolab-lesson.5" && grep -q 'gorolab new' "$top/man/gorolab-lesson.5" &&
    grep -q 'packs/ID' "$top/man/gorolab-lesson.5"
check "gorolab-lesson(5) names the fixtures folder, gorolab new and installed packs" $?
