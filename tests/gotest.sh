#!/bin/sh
# tests/gotest.sh: the `// run` programs of Go's own test/ directory
# (tests/gotest/, skipped ones listed in tests/gotest/skip.txt), one TAP
# point each; see tests/run-gotest.
exec sh "${srcdir:-.}/tests/run-gotest"
