# tests/local.mk: everything `make check` runs, all through automake's TAP driver.
# Included by Makefile.am.
#
#   unit tests   tests/unit/NAME_test.c -> TAP binary tests/unit/NAME_test
#                (add one line to UNIT_TESTS; tap.c and gosrc.c come through LDADD)
#   golden tests tests/go/**/*.go, listed in the generated tests/go.mk
#                (tests/gen-go-mk; ./bootstrap or `make go-mk' refreshes it)
#   sh tests     TAP shell scripts, one line each in SH_TESTS
#   lessons      tests/lessons/NN-slug.lesson: every fixture of the bundled
#                lesson lessons/PACK/NN-slug.yaml (tests/lesson-fixtures); listed
#                in tests/go.mk as LESSON_TESTS, made by tests/gen-go-mk

UNIT_TESTS = \
	tests/unit/buf_test \
	tests/unit/bignum_test \
	tests/unit/parse_test \
	tests/unit/format_test \
	tests/unit/vm_test \
	tests/unit/fmt_test \
	tests/unit/lib_test \
	tests/unit/sched_test \
	tests/unit/chan_test \
	tests/unit/inspect_test \
	tests/unit/grade_test \
	tests/unit/race_test \
	tests/unit/explore_test \
	tests/unit/lesson_test \
	tests/unit/highlight_test \
	tests/unit/tui_test

SH_TESTS = \
	tests/cli/bundled_packs.sh \
	tests/tui/basic.sh \
	tests/tui/session.sh \
	tests/tui/chinese.sh \
	tests/tui/features.sh \
	tests/tui/see.sh \
	tests/tui/monkey.sh \
	tests/tui/challenge.sh \
	tests/tui/failure_story.sh \
	tests/tui/packs.sh \
	tests/tui/i18n.sh \
	tests/tui/polish.sh \
	tests/tui/lab_kill.sh \
	tests/tui/progress_race.sh \
	tests/tui/goro_ids.sh \
	tests/go-mk.sh \
	tests/sh-list.sh \
	tests/run-go-selftest.sh \
	tests/cli/usage.sh \
	tests/cli/instructor.sh \
	tests/cli/po.sh \
	tests/cli/docs.sh \
	tests/cli/grade.sh \
	tests/cli/lesson_yaml.sh \
	tests/cli/lesson_list.sh \
	tests/cli/gc_rss.sh \
	tests/cli/trace.sh \
	tests/cli/fuzz_corpus.sh \
	tests/cli/explore.sh \
	tests/cli/challenges.sh \
	tests/cli/limits.sh \
	tests/cli/deep.sh \
	tests/cli/long_lines.sh \
	tests/cli/big_funcs.sh \
	tests/cli/pack_escape.sh \
	tests/cli/grade_limits.sh \
	tests/cli/grade_order.sh \
	tests/cli/special_files.sh \
	tests/cli/yaml_caps.sh \
	tests/cli/reset_kill.sh \
	tests/cli/grade_report.sh \
	tests/cli/messages.sh \
	tests/cli/map_order.sh \
	tests/cli/world_private.sh \
	tests/cli/codegen.sh \
	tests/cli/jump_cost.sh \
	tests/gotest.sh

include $(srcdir)/tests/go.mk
include $(srcdir)/tests/xfail.mk

check_LIBRARIES = tests/unit/libtap.a
tests_unit_libtap_a_SOURCES = tests/unit/tap.c tests/unit/tap.h \
	tests/unit/gosrc.c tests/unit/gosrc.h

check_PROGRAMS = $(UNIT_TESTS)
LDADD = tests/unit/libtap.a $(GOROLAB_LIBS)

TESTS = $(UNIT_TESTS) $(LESSON_TESTS) $(SH_TESTS) $(GO_TESTS)

TEST_EXTENSIONS = .go .sh .lesson
TAP_DRIVER = $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
LOG_DRIVER = $(TAP_DRIVER)
GO_LOG_DRIVER = $(TAP_DRIVER)
SH_LOG_DRIVER = $(TAP_DRIVER)
LESSON_LOG_DRIVER = $(TAP_DRIVER)
LESSON_LOG_COMPILER = $(SHELL) $(srcdir)/tests/lesson-fixtures
GO_LOG_COMPILER = $(SHELL) $(srcdir)/tests/run-go
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	GOROLAB='$(abs_top_builddir)/gorolab$(EXEEXT)'; export GOROLAB; \
	srcdir='$(srcdir)'; export srcdir; \
	abs_top_srcdir='$(abs_top_srcdir)'; export abs_top_srcdir;

EXTRA_DIST += \
	$(SH_TESTS) $(GO_TESTS) $(GO_HELPERS) $(LESSON_TESTS) tests/lesson-fixtures \
	tests/run-go tests/run-gotest tests/gotest tests/gen-go-mk tests/cli/fake-gorolab tests/xfail.mk tests/unit/tap.h \
	tests/cli/testdata/gc_churn.go \
	$(LESSON_YAML_FIXTURES) tests/cli/testdata/trace_workers.go tests/cli/testdata/trace_close.go \
	tests/cli/testdata/explore_bank.go tests/cli/testdata/explore_tiny.go \
	tests/cli/testdata/explore_racy.go \
	tests/cli/testdata/explore_sleepy.go tests/cli/testdata/explore_pointers.go tests/cli/testdata/explore_spin.go tests/cli/testdata/explore_lencheck.go tests/cli/testdata/explore_gosched_wait.go \
	tests/cli/testdata/explore_sleep_poll.go tests/cli/testdata/explore_sleep_twice.go \
	tests/cli/testdata/explore_sleep_spin.go \
	tests/cli/testdata/world/lesson.yaml tests/cli/testdata/world/world.lua \
	tests/cli/testdata/world/scenarios/shop/main.go tests/cli/testdata/world/scenarios/shop/world.go \
	tests/cli/testdata/world/scenarios/shop/solution.go \
	tests/cli/testdata/world/fixes/args.go tests/cli/testdata/world/fixes/convert.go \
	tests/cli/testdata/world/fixes/embed.go tests/cli/testdata/world/fixes/field.go \
	tests/cli/testdata/world/fixes/literal.go tests/cli/testdata/world/fixes/method.go \
	tests/cli/testdata/world/fixes/methoddecl.go tests/cli/testdata/world/fixes/var.go \
	tests/cli/testdata/world/own_names.go

# make go-mk: refresh tests/go.mk after adding or removing tests/go files.
.PHONY: go-mk
go-mk:
	$(SHELL) $(srcdir)/tests/gen-go-mk $(srcdir)

# Broken lesson files for tests/cli/lesson_yaml.sh (one diagnostic each).
LESSON_YAML_FIXTURES = \
	tests/lessons/yaml/bad-id.yaml \
	tests/lessons/yaml/duplicate-field.yaml \
	tests/lessons/yaml/empty-id.yaml \
	tests/lessons/yaml/empty-story.yaml \
	tests/lessons/yaml/empty-title.yaml \
	tests/lessons/yaml/second-document.yaml \
	tests/lessons/yaml/go-version.yaml \
	tests/lessons/yaml/i18n-hints.yaml \
	tests/lessons/yaml/i18n-missing.yaml \
	tests/lessons/yaml/level-range.yaml \
	tests/lessons/yaml/missing-file.yaml \
	tests/lessons/yaml/missing-goal.yaml \
	tests/lessons/yaml/missing-grader.yaml \
	tests/lessons/yaml/missing-scenario-files.yaml \
	tests/lessons/yaml/not-a-mapping.yaml \
	tests/lessons/yaml/ok.lua \
	tests/lessons/yaml/syntax-indent.yaml \
	tests/lessons/yaml/syntax-unclosed.yaml \
	tests/lessons/yaml/type-hints.yaml \
	tests/lessons/yaml/type-title.yaml \
	tests/lessons/yaml/unknown-field.yaml \
	tests/lessons/yaml/unknown-nested.yaml \
	tests/lessons/yaml/scenarios/ok/main.go tests/lessons/yaml/scenarios/ok/other.go
EXTRA_DIST += tests/grade
