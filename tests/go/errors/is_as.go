package main

import (
	"errors"
	"fmt"
)

var ErrPermission = errors.New("permission denied")

type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(p string) error {
	return &PathError{p, ErrPermission}
}

func main() {
	err := fmt.Errorf("startup: %w", open("/etc/x"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrPermission), errors.Is(err, errors.New("permission denied")))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path)
	}
	fmt.Println(errors.Is(nil, ErrPermission), errors.Is(ErrPermission, ErrPermission))
	var target *PathError
	fmt.Println(errors.As(errors.New("x"), &target), target == nil)
}

// Output:
// startup: /etc/x: permission denied
// true false
// path: /etc/x
// false true
// false true
