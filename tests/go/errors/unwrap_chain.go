package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	l1 := fmt.Errorf("level1: %w", base)
	l2 := fmt.Errorf("level2: %w", l1)
	l3 := fmt.Errorf("level3: %w", l2)
	for e := error(l3); e != nil; e = errors.Unwrap(e) {
		fmt.Println(e)
	}
	fmt.Println(errors.Is(l3, base), errors.Is(l3, l1), errors.Is(l1, l3))
	fmt.Println(errors.Unwrap(base) == nil)
}

// Output:
// level3: level2: level1: base
// level2: level1: base
// level1: base
// base
// true true false
// true
