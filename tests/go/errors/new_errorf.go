package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1 == e2, e1 == e1)
	e3 := fmt.Errorf("context: %v", e1)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("context: %w", e1)
	fmt.Println(e4, errors.Unwrap(e4) == e1)
	fmt.Printf("%v|%s|%q\n", e4, e4, e4)
	var nilErr error
	fmt.Println(nilErr, nilErr == nil)
	fmt.Printf("%v\n", nilErr)
}

// Output:
// boom false true
// context: boom true
// context: boom true
// context: boom|context: boom|"context: boom"
// <nil> true
// <nil>
