package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid field %q", e.Field)
}

func validate() error {
	return ValidationError{"age"}
}

func main() {
	if err := validate(); err != nil {
		panic(err)
	}
}

// Output:
// Exit: 2
// Stderr:
// panic: invalid field "age"
//
// goroutine 1 [running]:
// main.main()
// 	custom_error.go:19 +0x4a
