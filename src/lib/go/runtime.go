// Package runtime is gorolab's runtime package: the error types of runtime
// panics, and goroutine queries. The compiler loads it into every program;
// the VM makes runtime errors as values of the error types below.
package runtime

// Error identifies a run-time panic, as Go's runtime.Error does.
type Error interface {
	error
	RuntimeError()
}

// errorString is a runtime error such as an index out of range.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a runtime error printed without the "runtime error: " prefix,
// such as "assignment to entry in nil map".
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// NumGoroutine returns the number of goroutines that currently exist
// (native; 1 until the scheduler arrives).
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run (native;
// nothing to yield to until the scheduler arrives).
func Gosched()

// GOMAXPROCS sets the maximum number of CPUs executing simultaneously and
// returns the previous setting (at first NumCPU); gorolab keeps the number
// but runs goroutines on one virtual CPU (native).
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs: gorolab run --cpus, 8 unless
// set (native).
func NumCPU() int

// printAny implements the print and println builtins (standard error, the
// runtime's formats: floats as +1.500000e+000).
func printAny(nl bool, args ...any)

// GC runs a garbage collection now. In gorolab a collection also reports
// goroutines that can never run again (see gorolab-go(7)).
func GC()

// boundsError is an index, slice or conversion out of range (Go's keeps the
// operands and a code; gorolab keeps the message).
type boundsError string

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// A PanicNilError happens when code calls panic(nil) (Go 1.21; before,
// recover returns nil).
type PanicNilError struct {
	msg string
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}
