#!/bin/sh
# tests/tui/chinese.sh: the terminal lab with --lang zh, through tmux: the
# browser shows lesson 1's Chinese title, the lesson view its Chinese
# heading, story, goal and hint, intact (no `?` for a character, no wide
# character lost or cut where a line wraps or meets a pane's border), on a
# 100-column and on an 80-column terminal. Text is compared with spaces and
# line breaks taken out, so the checks do not depend on where lines wrap;
# the borders are checked by display width (wc -L), not at fixed columns.
# XDG_* and HOME point into $TMPDIR (the real home is never touched).
# Skips without tmux or without the C.UTF-8 locale.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
if test "$(LC_ALL=C.UTF-8 locale charmap 2>/dev/null)" != UTF-8; then
    echo "1..0 # SKIP no C.UTF-8 locale"
    exit 0
fi
# tmux decodes the program's output, sed and wc -L count characters: UTF-8
LC_ALL=C.UTF-8
export LC_ALL
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
yaml=$srcdir/lessons/01-basics/01-unclosed-channel.yaml
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
# a socket of its own for each start: a server still exiting from the
# last lab never takes the next one's session with it
nsock=0
sock=gorolab-zh-$$-0
socks=
trap 'for s in $socks; do tmux -L "$s" kill-server >/dev/null 2>&1; done; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX
# the -L socket lives in $work: gone with it, no stale socket left in /tmp
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..17"
t=0
check() {   # check COND-EXIT-STATUS NAME [OUTPUT]
    t=$((t + 1))
    if test "$1" = 0; then echo "ok $t - $2"; else echo "not ok $t - $2"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
screen() { tmux -u -L "$sock" capture-pane -p -t lab 2>/dev/null; }
# wait_for TEXT [TENTHS]: poll the screen until TEXT shows (default 20 s: a loaded machine)
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
start() {   # start WIDTH HEIGHT
    nsock=$((nsock + 1))
    sock=gorolab-zh-$$-$nsock
    socks="$socks $sock"
    tmux -u -L "$sock" -f /dev/null new-session -d -s lab -x "$1" -y "$2" \
        "env XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C.UTF-8 TERM=screen $GOROLAB --lang zh"
}
stop() {
    keys q
    keys q
    n=0
    while tmux -L "$sock" has-session -t lab 2>/dev/null && test $n -lt 50; do sleep 0.1; n=$((n + 1)); done
    tmux -L "$sock" kill-server >/dev/null 2>&1 || :
}
# (markdown markers are drawn as colours: ` and * are left out on both sides)
squeeze() { tr -d ' \n`*'; }
# the Lesson pane's text: the rows between its top and bottom border, without them
lesson_rows() { screen | sed -n '/^┌─ 课程 /,/^└/p' | sed '1d;$d'; }
lesson_text() { lesson_rows | sed 's/^│//; s/│.*//'; }
# aligned WIDTH: every row of the Lesson pane is WIDTH columns wide and its
# right border sits at the same column on every row (a wide character cut
# or pushed over the border shifts it); prints the offending rows
aligned() {
    test "$(lesson_rows | wc -l)" -gt 2 || echo "no Lesson pane on the screen"
    first=
    lesson_rows | while IFS= read -r row; do
        w=$(printf '%s\n' "$row" | wc -L)
        inner=$(printf '%s\n' "$row" | sed 's/^\(│[^│]*│\).*/\1/' | wc -L)
        : "${first:=$inner}"
        if test "$w" != "$1" || test "$inner" != "$first" || ! printf '%s\n' "$row" | grep -q '^│[^│]*│'; then
            printf 'width %s, lesson pane %s (first row %s): %s\n' "$w" "$inner" "$first" "$row"
        fi
    done
}

title=$(sed -n '/^  zh:$/,$ s/^    title: //p' "$yaml")
goal=$(sed -n '/^  zh:$/,$ s/^    goal: //p' "$yaml")
story=$(sed -n '/^  zh:$/,$p' "$yaml" | sed -n '/^    story: |$/,/^    [a-z]*:/p' | sed '1d;$d')
hint1=$(sed -n '/^  zh:$/,$p' "$yaml" | sed -n '/^    hints:$/,$ s/^      - //p' | sed -n 1p)
para1=$(printf '%s\n' "$story" | sed '/^ *$/,$d')
test "$title" = "未关闭的 channel：永远结束不了的 range" && test -n "$goal" && test -n "$para1" &&
    test "$para1" != "$story" && test -n "$hint1"
check $? "lesson 1's Chinese title, story, goal and hint read from $yaml" \
    "title: $title
goal: $goal
hint: $hint1
story: $story"

# --- 100x30 ---
start 100 30
wait_for "$title"; check $? "the browser shows lesson 1's Chinese title intact" "$(screen)"
rows=$(screen | grep -E '^ +[0-9]+  ')
test "$(printf '%s\n' "$rows" | wc -l)" -ge 9 && ! printf '%s\n' "$rows" | grep -q '?'
check $? "the browser's lesson rows (9 or more) have no ? for a character" "$(screen)"
keys Enter
wait_for "┌─ Goroutine" && lesson_text | squeeze | grep -q -F "1.$(printf '%s' "$title" | squeeze)"
check $? "the lesson view's heading is the Chinese title, intact" "$(screen)"
screen | grep -q -E '│ +ID  函数 +状态 +已等待  位置'
check $? "the Goroutine pane's column headers are in Chinese and line up" "$(screen)"
lesson_text | squeeze | grep -q -F "$(printf '%s' "$para1" | squeeze)"
check $? "the Lesson pane shows the story's first paragraph in Chinese, intact" "$(lesson_text)"
! lesson_text | grep -q '?'
check $? "the Lesson pane has no ? for a character" "$(screen)"
bad=$(aligned 100); test -z "$bad"
check $? "every Lesson pane row is 100 columns wide and its border lines up" "$bad"
# page down to the end of the lesson text: the goal
i=0
while test $i -lt 10 && ! screen | grep -q '（h：提示 1 / 3）'; do
    keys NPage
    i=$((i + 1))
    wait_for '（h：提示 1 / 3）' 3 && break
done
lesson_text | grep -q -x '目标 *' && lesson_text | squeeze | grep -q -F "$(printf '%s' "$goal" | squeeze)"
check $? "paging down shows the goal heading (目标) and the Chinese goal, intact" "$(screen)"
keys h
# "提示 1" is already on the screen in "（h：提示 1 / 3）": wait for the hint's own text
n=0
while test $n -lt 50 && ! lesson_text | squeeze | grep -q -F "$(printf '%s' "$hint1" | squeeze)"; do
    sleep 0.1
    n=$((n + 1))
done
wait_for "提示 1" && lesson_text | squeeze | grep -q -F "$(printf '%s' "$hint1" | squeeze)"
check $? "h shows hint 1 (提示 1) in Chinese, intact" "$(screen)"
bad=$(aligned 100); test -z "$bad" && ! lesson_text | grep -q '?'
check $? "after paging and the hint the rows still line up, no ?" "$bad$(lesson_text | grep '?')"
stop

# --- 80 columns: tall enough for the whole lesson text, then 80x24 ---
rm -rf "$work/state"
start 80 70
wait_for "$title"; check $? "an 80-column browser shows lesson 1's Chinese title intact" "$(screen)"
# the level column sits at the same display column on every row, also where
# a long Chinese title was cut to fit (at 80 columns)
cols=$(screen | sed -n 's/^\( *[0-9][0-9]*  .*\) [1-4]  *\(未开始\|进行中\|已完成\)  .*/\1/p' |
    while IFS= read -r r; do printf '%s\n' "$r" | wc -L; done | sort -u)
test "$(printf '%s\n' "$cols" | wc -l)" = 1 && test "$(screen | grep -c -E '^ +[0-9]+  ')" -ge 9
check $? "every cut or uncut title row keeps the level column in line" "$(screen)
widths: $cols"
keys Enter
wait_for "┌─ Goroutine"
want=$(printf '1.%s\n%s\n目标\n%s\n（h：提示 1 / 3）\n' "$title" "$story" "$goal" | squeeze)
got=$(lesson_text | squeeze)
test "$got" = "$want"
check $? "80 columns: the whole Lesson pane is the Chinese heading, story and goal, not a character lost" \
    "want: $want
got:  $got"
bad=$(aligned 80); test -z "$bad"
check $? "80 columns: every Lesson pane row is 80 columns wide and its border lines up" "$bad"
tmux -L "$sock" set-option -w -t lab window-size manual >/dev/null 2>&1
tmux -L "$sock" resize-window -t lab -x 80 -y 24
n=0
while test $n -lt 50 && ! { test "$(screen | wc -l)" = 24 && screen | grep -q '┌─ Goroutine'; }; do sleep 0.1; n=$((n + 1)); done
lesson_text | squeeze | grep -q -F "1.$(printf '%s' "$title" | squeeze)" &&
    lesson_text | squeeze | grep -q -F "$(printf '%s' "$para1" | squeeze)"
check $? "80x24: the heading and the first paragraph, wrapped at the border, are intact" "$(screen)"
bad=$(aligned 80); test -z "$bad" && ! lesson_text | grep -q '?'
check $? "80x24: every Lesson pane row is 80 columns wide, its border lines up, no ?" "$bad$(screen)"
stop
