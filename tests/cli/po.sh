#!/bin/sh
# tests/cli/po.sh: the translations. Every po/LL.po of po/LINGUAS compiles
# (msgfmt -c) with every message translated: 0 untranslated, 0 fuzzy;
# every string the sources mark with _() or N_() is in it (xgettext over
# po/POTFILES.in, then msgcmp); every source that marks strings is listed
# in po/POTFILES.in; and the built gorolab speaks Chinese from the build
# tree's catalogue with --lang zh, under LANG=C (no zh_CN locale needed).
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v msgfmt >/dev/null 2>&1; then
    echo "1..0 # SKIP msgfmt (Debian package gettext) is not installed"
    exit 0
fi
work=$(mktemp -d "$TMPDIR/po.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work
export XDG_DATA_HOME XDG_STATE_HOME HOME
unset GOROLAB_PACK
langs=$(sed 's/#.*//' "$srcdir/po/LINGUAS")
echo "1..$(($(echo $langs | wc -w) * 2 + 8))"
t=0
check() {   # check NAME STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
have_xgettext=no
if command -v xgettext >/dev/null 2>&1 && command -v msgcmp >/dev/null 2>&1; then
    (cd "$srcdir" && xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
        -f po/POTFILES.in -o "$work/ref.pot") 2>"$work/xgettext.err" && have_xgettext=yes
fi
for l in $langs; do
    out=$(LC_ALL=C msgfmt -c --statistics -o /dev/null "$srcdir/po/$l.po" 2>&1)
    printf '%s\n' "$out" | grep -q -x '[0-9][0-9]* translated messages\.'
    check "po/$l.po: every message translated, none fuzzy ($out)" $? "$out"
    if test $have_xgettext = yes; then
        out=$(msgcmp "$srcdir/po/$l.po" "$work/ref.pot" 2>&1)
        check "po/$l.po has every string the sources mark (msgcmp)" $? "$out"
    else
        echo "ok $((t += 1)) - # SKIP xgettext or msgcmp missing"
    fi
done
# sources with _(" or N_(" that po/POTFILES.in does not list
missing=$(cd "$srcdir" && grep -l -E '\b_\("|\bN_\("|ngettext\("' src/*.c src/*/*.c 2>/dev/null |
    while read -r f; do grep -q -x "$f" po/POTFILES.in || echo "$f"; done)
test -z "$missing"
check "po/POTFILES.in lists every source with translatable strings" $? "$missing"
out=$(cd "$work" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C "$GOROLAB" list --lang zh 2>&1)
printf '%s\n' "$out" | grep -q '标题.*难度.*进度.*标签'
check "gorolab list --lang zh under LANG=C: Chinese from the build tree's catalogue" $? "$out"
out=$(cd "$work" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 "$GOROLAB" list --lang en 2>&1)
printf '%s\n' "$out" | grep -q 'TITLE.*LEVEL.*PROGRESS.*TAGS'
check "--lang en over LANG=zh_CN.UTF-8: English" $? "$out"
out=$(cd "$work" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 "$GOROLAB" list 2>&1)
printf '%s\n' "$out" | grep -q '标题.*难度.*进度.*标签'
check "LANG=zh_CN.UTF-8 alone (the locale need not exist): Chinese" $? "$out"
out=$(cd "$work" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C "$GOROLAB" grade 3 --lang zh 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q '^未通过  unbuffered-send' && printf '%s\n' "$out" | grep -q '^  重放：gorolab run '
check "gorolab grade --lang zh: the text report in Chinese" $? "$st: $out"
out=$(cd "$work" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C "$GOROLAB" grade 3 2>&1)
printf '%s\n' "$out" | grep -q '^FAIL  unbuffered-send'
check "and in English by default" $? "$out"
printf 'package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n' > "$work/deadlock.go"
out=$(cd "$work" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 "$GOROLAB" explore deadlock.go 2>&1)
printf '%s\n' "$out" | grep -q '^探索了 1 个调度（随机，种子 1）：1 个失败$' && printf '%s\n' "$out" | grep -q '^用这条命令重放：' &&
    printf '%s\n' "$out" | grep -q 'fatal error: all goroutines are asleep - deadlock!'
check "gorolab explore under LANG=zh_CN.UTF-8: its report in Chinese, Go's messages as Go prints them" $? "$out"
out=$(cd "$work" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C "$GOROLAB" run --help --lang zh 2>&1)
printf '%s\n' "$out" | grep -q '^用法： gorolab run FILE.go' && printf '%s\n' "$out" | grep -q '^                   \[--max-heap MIB\] '
check "a command's --help in Chinese, its columns kept" $? "$out"
