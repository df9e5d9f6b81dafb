// main reads a map while a goroutine writes it.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		m["b"] = 2
		done <- true
	}()
	fmt.Println(m["a"])
	<-done
}

// Flags: --race
// Exit: 2
// Output:
// 1
// Stderr:
// fatal error: concurrent map read and map write
//
// goroutine 2 [running]:
// main.main.func1()
// 	map_read_write.go:10
// created by main.main in goroutine 1
// 	map_read_write.go:9
//
// goroutine 1 [chan receive]:
// main.main()
// 	map_read_write.go:14
