package main

import "fmt"

type Config struct {
	Name string
}

func main() {
	var c *Config
	fmt.Println("about to crash")
	fmt.Println(c.Name)
}

// Output:
// about to crash
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// goroutine 1 [running]:
// main.main()
// 	nil_deref.go:12 +0x5e
