#!/bin/sh
# tests/tui/monkey.sh: 400 random keys (a fixed seed) and a few resizes into
# the lab, across the browser and several lessons: it must keep drawing and
# end cleanly, and, when gorolab is built with the sanitizers (make check in
# _san), AddressSanitizer and UBSan must have nothing to say. The run that
# found the use after free in vm_free. Skips without tmux.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux is not installed"
    exit 0
fi
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
work=$(mktemp -d "$TMPDIR/tui.XXXXXX") || exit 1
sock=gorolab-monkey-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
unset GOROLAB_PACK TMUX VISUAL
TMUX_TMPDIR=$work
export TMUX_TMPDIR
echo "1..3"
printf '#!/bin/sh\necho "// edited" >> "$1"\n' > "$work/editor"
chmod +x "$work/editor"
tmux -L "$sock" -f /dev/null new-session -d -s lab -x 100 -y 30 \
    "env ASAN_OPTIONS=log_path=$work/asan UBSAN_OPTIONS=log_path=$work/ubsan:print_stacktrace=1 XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work EDITOR=$work/editor LANG=C.UTF-8 TERM=screen $GOROLAB; echo \$? > $work/status; sleep 30"
sleep 1
# the keys: awk's generator with a fixed seed; q is rare so the run goes on
awk 'BEGIN {
    srand(20261123)
    n = split("Space n n n b b Space + - r [ ] g h h G L z c d Tab Tab BTab Up Down Down PPage NPage Home End Enter Enter Enter Escape ? j k k x N e R q", k, " ")
    for (i = 0; i < 400; i++) {
        key = k[int(rand() * n) + 1]
        if (key == "q" && rand() < 0.7) key = "Enter"
        if (rand() < 0.02) print "RESIZE " (rand() < 0.5 ? "70 22" : "110 32")
        print key
    }
}' > "$work/keys"
while read -r key w h; do
    case $key in
    RESIZE) tmux -L "$sock" resize-window -t lab -x "$w" -y "$h" 2>/dev/null ;;
    g|e|R) tmux -L "$sock" send-keys -t lab "$key" 2>/dev/null; sleep 0.3 ;;
    *) tmux -L "$sock" send-keys -t lab "$key" 2>/dev/null; sleep 0.02 ;;
    esac
done < "$work/keys"
tmux -L "$sock" resize-window -t lab -x 100 -y 30 2>/dev/null
sleep 1
if test -f "$work/status"; then
    test "$(cat "$work/status")" = 0
    ok=$?
else
    tmux -L "$sock" capture-pane -p -t lab | grep -q -E 'Lvl  Progress|Goroutines|Keys:|enlarge'
    ok=$?
fi
if test $ok = 0; then echo "ok 1 - after 400 random keys the lab still draws (or quit with status 0)"
else echo "not ok 1 - after 400 random keys the lab still draws (or quit with status 0)"; tmux -L "$sock" capture-pane -p -t lab | sed 's/^/# /'; fi
# quit from wherever it is: boxes close on any key, q backs out
for i in 1 2 3 4 5 6; do test -f "$work/status" || tmux -L "$sock" send-keys -t lab Escape q 2>/dev/null; sleep 0.3; done
test "$(cat "$work/status" 2>/dev/null)" = 0
if test $? = 0; then echo "ok 2 - and quits with status 0"; else echo "not ok 2 - and quits with status 0"; tmux -L "$sock" capture-pane -p -t lab | sed 's/^/# /'; fi
if ls "$work" | grep -q -E '^(asan|ubsan)\.'; then
    echo "not ok 3 - no sanitizer reports"
    cat "$work"/asan* "$work"/ubsan* 2>/dev/null | head -40 | sed 's/^/# /'
else
    echo "ok 3 - no sanitizer reports"
fi
