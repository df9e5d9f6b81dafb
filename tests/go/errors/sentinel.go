package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty    = errors.New("empty input")
	ErrTooLarge = errors.New("too large")
)

func check(n int) error {
	switch {
	case n == 0:
		return ErrEmpty
	case n > 10:
		return fmt.Errorf("check %d: %w", n, ErrTooLarge)
	}
	return nil
}

func main() {
	for _, n := range []int{0, 5, 20} {
		err := check(n)
		switch {
		case err == nil:
			fmt.Println(n, "ok")
		case errors.Is(err, ErrEmpty):
			fmt.Println(n, "empty:", err)
		case errors.Is(err, ErrTooLarge):
			fmt.Println(n, "large:", err)
		}
	}
}

// Output:
// 0 empty: empty input
// 5 ok
// 20 large: check 20: too large
