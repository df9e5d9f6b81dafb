package main

import "fmt"

// Go 1.22 semantics: the clear builtin (Go 1.21) empties a map and zeroes
// the elements of a slice (its length stays the same).
func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(m, len(m), len(alias))
	m["c"] = 3
	fmt.Println(alias)
	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s, len(s))
}

// Output:
// map[] 0 0
// map[c:3]
// [1 0 0] 3
