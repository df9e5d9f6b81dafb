# src/local.mk: the sources of libgorolab.a (everything but main.c).
# Included by Makefile.am; owned by whoever adds a source file.
libgorolab_a_SOURCES += \
	src/base/xalloc.c src/base/xalloc.h \
	src/base/i18n.c src/base/i18n.h \
	src/base/buf.c src/base/buf.h src/base/path.h \
	src/base/readfile.c src/base/readfile.h \
	src/base/arena.c src/base/arena.h \
	src/base/diag.c src/base/diag.h \
	src/base/srcpos.h \
	src/base/stack.c src/base/stack.h \
	src/lang/token.def src/lang/lex.c src/lang/lex.h \
	src/lang/ast.c src/lang/ast.h \
	src/lang/lit.c src/lang/parse.c src/lang/parse.h \
	src/lang/types.c src/lang/types.h \
	src/lang/bignum.c src/lang/bignum.h \
	src/lang/const.c src/lang/const.h \
	src/lang/compile.h src/lang/compiler.h \
	src/lang/compile.c src/lang/decl.c src/lang/emit.c src/lang/estr.c \
	src/lang/expr.c src/lang/call.c src/lang/stmt.c src/lang/world.c \
	src/vm/opcodes.def src/vm/value.h src/vm/object.h \
	src/vm/proto.c src/vm/proto.h \
	src/vm/object.c src/vm/map.c src/vm/map.h \
	src/vm/gc.c src/vm/gc.h \
	src/vm/vm.c src/vm/vm.h src/vm/exec.inc \
	src/vm/native.c src/vm/disasm.c src/vm/disasm.h \
	src/rt/gstate.h src/rt/waitreason.def \
	src/rt/leak.c src/rt/leak.h \
	src/rt/unblock.c src/rt/unblock.h \
	src/rt/sched.c src/rt/sched.h \
	src/rt/chan.c src/rt/chan.h \
	src/rt/sema.c src/rt/sema.h \
	src/rt/race.c src/rt/race.h \
	src/rt/hb.c src/rt/hb.h \
	src/rt/explore.c src/rt/explore.h \
	src/rt/inspect.c src/rt/inspect.h src/rt/sched_priv.h src/rt/race_priv.h \
	src/lib/stdlib.c src/lib/stdlib.h \
	src/lib/format.c src/lib/format.h \
	src/lib/lib_fmt.c src/lib/lib_errors.c src/lib/lib_os.c \
	src/lib/lib_strings.c src/lib/lib_strconv.c src/lib/lib_math.c \
	src/lib/lib_sort.c src/lib/lib_time.c src/lib/lib_runtime.c \
	src/lib/lib_atomic.c src/lib/lib_rand.c src/lib/lib_sync.c \
	src/cli/run.c src/cli/cli.h \
	src/cli/explore.c src/cli/opts.c src/cli/opts.h

# Lessons, packs, the workspace and progress (src/lesson/), and their commands.
libgorolab_a_SOURCES += \
	src/lesson/lesson.h src/lesson/lesson_priv.h \
	src/lesson/yaml.c src/lesson/yaml.h \
	src/lesson/lesson.c src/lesson/pack.c \
	src/lesson/workspace.c src/lesson/progress.c \
	src/lesson/installed.c src/lesson/installed.h \
	src/lesson/catalogue.c src/lesson/catalogue.h \
	src/cli/list.c src/cli/reset.c

# Grading: the Lua sandbox, the `lab` table, reports, and their commands.
libgorolab_a_SOURCES += \
	src/grade/watchdog.c src/grade/sandbox.c src/grade/sandbox.h \
	src/grade/lab.c src/grade/lab.h \
	src/grade/report.c src/grade/report.h \
	src/cli/grade.c src/cli/check.c src/cli/new.c src/cli/pack.c

# The terminal lab (src/tui/): curses, panes, the lesson browser and view.
libgorolab_a_SOURCES += \
	src/tui/crt.c src/tui/crt.h \
	src/tui/pane.c src/tui/pane.h \
	src/tui/keys.c src/tui/keys.h \
	src/tui/highlight.c src/tui/highlight.h \
	src/tui/ggroup.c src/tui/ggroup.h \
	src/tui/runner.c src/tui/runner.h \
	src/tui/narrate.c src/tui/narrate.h \
	src/tui/gradejob.c src/tui/gradejob.h \
	src/tui/watch.c src/tui/watch.h \
	src/tui/challenge.c src/tui/challenge.h \
	src/tui/story.c src/tui/story.h \
	src/tui/lesson_pane.c src/tui/src_pane.c src/tui/goro_pane.c \
	src/tui/chan_pane.c src/tui/out_pane.c src/tui/statusbar.c \
	src/tui/layout.c src/tui/editor.c \
	src/tui/browser.c src/tui/view.c src/tui/view.h src/tui/tui.h \
	src/tui/timeline.c src/tui/timeline.h

# The std packages' Go sources, embedded as C strings.
STD_GO = \
	src/lib/go/runtime.go src/lib/go/errors.go src/lib/go/io.go src/lib/go/fmt.go \
	src/lib/go/os.go src/lib/go/log.go src/lib/go/strings.go src/lib/go/strconv.go \
	src/lib/go/math.go src/lib/go/sort.go src/lib/go/time.go \
	src/lib/go/sync_atomic.go src/lib/go/sync.go src/lib/go/math_rand.go \
	src/lib/go/context.go src/lib/go/golang.org_x_sync_errgroup.go \
	src/lib/go/golang.org_x_sync_semaphore.go
nodist_libgorolab_a_SOURCES = src/lib/go_embed.c src/grade/prelude_embed.c
BUILT_SOURCES = src/lib/go_embed.c src/grade/prelude_embed.c
CLEANFILES += src/lib/go_embed.c src/grade/prelude_embed.c
EXTRA_DIST += $(STD_GO) src/lib/embed-go
src/lib/go_embed.c: $(STD_GO) $(srcdir)/src/lib/embed-go
	@mkdir -p src/lib
	cd $(srcdir) && $(SHELL) src/lib/embed-go $(abs_builddir)/$@ $(STD_GO)

# The grader API's Lua part (lab.order, lab.snap), embedded as a C string.
EXTRA_DIST += src/grade/prelude.lua src/grade/embed-lua
src/grade/prelude_embed.c: $(srcdir)/src/grade/prelude.lua $(srcdir)/src/grade/embed-lua
	@mkdir -p src/grade
	cd $(srcdir) && $(SHELL) src/grade/embed-lua $(abs_builddir)/$@ lab_prelude src/grade/prelude.lua
