package main

import "fmt"

type Code int
type Msg string

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Msg("second"))
	}()
	panic(Code(5))
}

// Output:
// recovered 5
// Exit: 2
// Stderr:
// panic: main.Code(5) [recovered]
// 	panic: main.Msg("second")
//
// goroutine 1 [running]:
// main.main.func1()
// 	named_type.go:12 +0x7f
// main.main()
// 	named_type.go:14 +0x49
