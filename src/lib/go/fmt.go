// Package fmt is gorolab's subset of Go's fmt package: Print, Println,
// Printf and their S and F variants, Errorf with %w, and Stringer. The
// printer is native (lib_fmt.c, Go's fmt/print.go over interpreter values);
// the F variants and Errorf's wrapping are Go, as in Go 1.20.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to
// standard output. Spaces are always added between operands and a newline is
// appended.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats using the default formats for its operands and returns the
// resulting string.
func Sprint(a ...any) string

// Sprintln is Println's formatting, returned as a string.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Fprint formats like Print and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats like Println and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats like Printf and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// errorf is Sprintf with %w allowed; it also returns the indexes of the
// operands of the %w verbs, sorted, without duplicates (native).
func errorf(format string, a []any) (string, []int)

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error. With one %w verb whose operand is an error, the
// result has an Unwrap method returning it; with several, Unwrap returns them
// all as a []error.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		if e, ok := a[wrapped[0]].(error); ok {
			w.err = e
		}
		return w
	}
	var errs []error
	for _, i := range wrapped {
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
