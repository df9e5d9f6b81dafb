// A goroutine writes a map that main reads with no synchronisation in
// between, a millisecond apart: the accesses do not overlap, so Go prints
// the value (5 runs in 5); only the race detector sees it
// (race/map_read_write.go).
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1}
	go func() {
		m["b"] = 2
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(m["a"])
}


// Output:
// 1
