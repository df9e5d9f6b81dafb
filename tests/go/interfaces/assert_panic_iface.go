package main

import "fmt"

type T struct{}

func main() {
	var i any = T{}
	_ = i.(fmt.Stringer)
}

// Output:
// Exit: 2
// Stderr:
// panic: interface conversion: main.T is not fmt.Stringer: missing method String
//
// goroutine 1 [running]:
// main.main()
// 	assert_panic_iface.go:9 +0x27
