// A goroutine writes a map that main reads with no synchronisation in
// between: "concurrent map read and map write", even without --race.
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

// Exit: 2
// Stderr:
// fatal error: concurrent map read and map write
//
// goroutine 1 [running]:
// main.main()
// 	concurrent_read_write.go:16
