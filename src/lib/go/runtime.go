// Package runtime is gorolab's runtime package: the error types of runtime
// panics, and goroutine queries. The compiler loads it into every program;
// the VM makes runtime errors as values of errorString and plainError.
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
