package main

import "fmt"

type Inner struct{ V int }

type Outer struct {
	*Inner
	Name string
}

func main() {
	o := Outer{Name: "x"}
	fmt.Println(o.Name, o.Inner == nil)
	fmt.Println(o.V)
}

// Output:
// x true
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// goroutine 1 [running]:
// main.main()
// 	embedded_pointer_nil.go:15 +0x86
