#!/bin/sh
# tests/tui/i18n.sh: the lab's own words in the learner's language, through
# tmux, on a machine where no zh_CN locale is generated (LANG=C, or a
# LANG naming a locale that does not exist): --lang zh shows the Chinese
# pane titles, status bar, help and notices from the build tree's
# catalogue; LANG=zh_CN.UTF-8 alone chooses Chinese too; --lang en wins
# over it. XDG_* and HOME point into $TMPDIR. Skips without tmux or C.UTF-8.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
if test "$(LC_ALL=C.UTF-8 locale charmap 2>/dev/null)" != UTF-8; then
    echo "1..0 # SKIP no C.UTF-8 locale"
    exit 0
fi
LC_ALL=C.UTF-8   # for tmux's decoding and grep here; the lab gets its own
export LC_ALL
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
# a socket of its own for each start: a server still exiting from the
# last lab never takes the next one's session with it
nsock=0
sock=gorolab-i18n-$$-0
socks=
trap 'for s in $socks; do tmux -L "$s" kill-server >/dev/null 2>&1; done; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..12"
t=0
check() {   # check COND-EXIT-STATUS NAME [OUTPUT]
    t=$((t + 1))
    if test "$1" = 0; then echo "ok $t - $2"; else echo "not ok $t - $2"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
screen() { tmux -u -L "$sock" capture-pane -p -t lab 2>/dev/null; }
wait_for() {
    n=0
    while test $n -lt "${2:-200}"; do
        if screen | grep -F -q -- "$1"; then return 0; fi
        sleep 0.1
        n=$((n + 1))
    done
    return 1
}
keys() { tmux -u -L "$sock" send-keys -t lab "$@"; }
start() {   # start WIDTH HEIGHT ENV-ASSIGNMENTS ARGS...
    nsock=$((nsock + 1))
    sock=gorolab-i18n-$$-$nsock
    socks="$socks $sock"
    w=$1 h=$2 e=$3
    shift 3
    tmux -u -L "$sock" -f /dev/null new-session -d -s lab -x "$w" -y "$h" \
        "env -u LC_ALL -u LANGUAGE -u LC_MESSAGES XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work TERM=screen $e $GOROLAB $*"
}
stop() {
    keys q
    keys q
    n=0
    while tmux -L "$sock" has-session -t lab 2>/dev/null && test $n -lt 50; do sleep 0.1; n=$((n + 1)); done
    tmux -L "$sock" kill-server >/dev/null 2>&1 || :
}

# --- --lang zh with LANG=C: no Chinese locale is needed ---
start 100 30 LANG=C --lang zh 1
wait_for "┌─ 课程 "; check $? "--lang zh under LANG=C: the Lesson pane's title is 课程" "$(screen)"
s=$(screen)
printf '%s\n' "$s" | grep -q "┌─ 源码 " && printf '%s\n' "$s" | grep -q "┌─ 输出 " &&
    printf '%s\n' "$s" | grep -q "┌─ Goroutine" && printf '%s\n' "$s" | grep -q "┌─ Channel"
check $? "the Source, Output, Goroutines and Channels panes have their Chinese titles" "$s"
printf '%s\n' "$s" | tail -n 1 | grep -q "已暂停  t=0ns  goroutine 1 个.*种子 1"
check $? "the status bar is Chinese: 已暂停, goroutine 1 个, 种子" "$(printf '%s\n' "$s" | tail -n 1)"
! printf '%s\n' "$s" | grep -q '?[?]'
check $? "no ?? for a character anywhere" "$s"
keys '?'
wait_for "按键：课程视图" && screen | grep -q "执行一个调度事件并说明"
check $? "? shows the help in Chinese" "$(screen)"
keys Escape
keys Enter
wait_for "Enter 显示 goroutine 的调用栈"
check $? "a notice (Enter outside the Goroutines pane) is Chinese" "$(screen | tail -n 1)"
keys n
wait_for "g1 开始运行"
check $? "n narrates the step in Chinese" "$(screen | tail -n 1)"
stop

# --- LANG names a Chinese locale that is not generated here ---
start 100 30 LANG=zh_CN.UTF-8 1
wait_for "┌─ 课程 "; check $? "LANG=zh_CN.UTF-8 without that locale: still Chinese titles" "$(screen)"
stop
start 100 30 "LANG=zh_CN.UTF-8 LANGUAGE=zh_CN" --lang en 1
wait_for "┌─ Lesson "; check $? "--lang en wins over LANG and LANGUAGE" "$(screen)"
screen | tail -n 1 | grep -q "paused"
check $? "the status bar is English then" "$(screen | tail -n 1)"
stop

# --- 80x24: the help in two columns, Chinese entries whole and lined up ---
start 80 24 LANG=C --lang zh 1
wait_for "┌─ 课程 " && keys '?'
wait_for "按键：课程视图"
box=$(screen | sed -n '/按键：课程视图/,/^..└/p')
printf '%s\n' "$box" | grep -q "重放失败的评判 / 返回" && printf '%s\n' "$box" | grep -q "下一窗格（S-Tab 上一个）" &&
    printf '%s\n' "$box" | grep -q "用 \$EDITOR 编辑后重新运行  [^ ]"
check $? "80x24: the Chinese help's two columns are whole" "$box"
# the box starts at the third column (the Lesson pane's border and a letter
# before it): from there, each row up to the box's right border
widths=$(printf '%s\n' "$box" | sed 's/^..//' | sed -n 's/^\(┌[^┐]*┐\).*/\1/p; s/^\(│[^│]*│\).*/\1/p; s/^\(└[^┘]*┘\).*/\1/p' |
    while IFS= read -r r; do printf '%s\n' "$r" | wc -L; done | sort -u)
test "$(printf '%s\n' "$widths" | wc -l)" = 1
check $? "and every row of the box is as wide (display width)" "$box
widths: $widths"
stop
