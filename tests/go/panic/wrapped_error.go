package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func main() {
	err := fmt.Errorf("loading config %q: %w", "app.yaml", ErrNotFound)
	panic(err)
}

// Output:
// Exit: 2
// Stderr:
// panic: loading config "app.yaml": not found
//
// goroutine 1 [running]:
// main.main()
// 	wrapped_error.go:12 +0x8e
