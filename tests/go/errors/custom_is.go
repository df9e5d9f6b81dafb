package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

func main() {
	err := fmt.Errorf("request: %w", StatusErr{404})
	fmt.Println(err)
	fmt.Println(errors.Is(err, StatusErr{404}), errors.Is(err, StatusErr{500}), errors.Is(err, StatusErr{}))
	var se StatusErr
	fmt.Println(errors.As(err, &se), se.Code)
}

// Output:
// request: status 404
// true false true
// true 404
