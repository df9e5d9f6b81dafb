// Issue 11: two goroutines write one map 100 ms apart with no lock. The
// writes never overlap, so Go's runtime has nothing to throw about (it
// checks its hashWriting flag, not happens-before): Go 1.19 prints the map.
// Under --race it is a data race (race/map_writes_apart.go).
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{}
	go func() {
		m["a"] = 1
	}()
	go func() {
		time.Sleep(100 * time.Millisecond)
		m["b"] = 2
	}()
	time.Sleep(300 * time.Millisecond)
	fmt.Println(len(m), m)
}

// Output:
// 2 map[a:1 b:2]
