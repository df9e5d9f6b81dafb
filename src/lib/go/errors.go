// Package errors is gorolab's subset of Go's errors package: New, Is, As,
// Unwrap and Join, as in Go 1.20. As's reflection (checking the target and
// assigning through it) is native (lib_errors.c); the rest is Go.
package errors

// New returns an error that formats as the given text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error. Natives make errors of
// this type too (Program.error_string).
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

type wrapper interface {
	Unwrap() error
}

type multiWrapper interface {
	Unwrap() []error
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(any) bool
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// isComparable reports whether err's dynamic type is comparable (native).
func isComparable(err error) bool

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case wrapper:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case multiWrapper:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkTarget panics unless target is a non-nil pointer to an interface
// type or to a type implementing error (native).
func checkTarget(target any)

// assignTo sets *target = err and returns true when err's dynamic type is
// assignable to target's element type (native).
func assignTo(err error, target any) bool

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case wrapper:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case multiWrapper:
			for _, err := range x.Unwrap() {
				if err != nil && as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors, discarding nils. It
// returns nil if every value in errs is nil. Its text is the texts of the
// errors separated by newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	s := ""
	for i, err := range e.errs {
		if i > 0 {
			s += "\n"
		}
		s += err.Error()
	}
	return s
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
