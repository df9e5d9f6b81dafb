package main

// Runtime introspection is outside gorolab's Go subset: using it says so
// (Go's test/ programs that use it are skipped in tests/gotest/skip.txt).

import (
	"io"
	"runtime"
	"strings"
)

func main() {
	_, _, _, _ = runtime.Caller(0)  // ERROR "runtime.Caller is not in gorolab's Go subset \(see gorolab-go\(7\)\)"
	var ms runtime.MemStats          // ERROR "runtime.MemStats is not in gorolab's Go subset"
	runtime.SetFinalizer(&ms, nil)   // ERROR "runtime.SetFinalizer is not in gorolab's Go subset"
	runtime.MemProfileRate = 1       // ERROR "runtime.MemProfileRate is not in gorolab's Go subset"
	_ = strings.NewReader("x")       // ERROR "strings.NewReader is not in gorolab's Go subset"
	_ = io.ReadFull                  // ERROR "io.ReadFull is not in gorolab's Go subset"
	println(runtime.GOARCH)          // ERROR "runtime.GOARCH is not in gorolab's Go subset"
}
