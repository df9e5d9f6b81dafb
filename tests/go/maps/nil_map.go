package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"], m)
	for k := range m {
		fmt.Println(k)
	}
	delete(m, "x")
	v, ok := m["y"]
	fmt.Println(v, ok)
	m["x"] = 1
	fmt.Println("unreachable")
}

// Output:
// true 0 0 map[]
// 0 false
// Exit: 2
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// 	nil_map.go:14 +0x24d
