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
// Stderr:
// fatal error: concurrent map read and map write
//
// goroutine 1 [running]:
// main.main(...)
// 	map_read_write.go:13
//
// goroutine 2 [chan send]:
// main.main.func1(...)
// 	map_read_write.go:11
// created by main.main in goroutine 1
// 	map_read_write.go:9
