package main

func main() {
	var i interface{}
	_ = i.(string)
}

// Output:
// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is nil, not string
//
// goroutine 1 [running]:
// main.main()
// 	assert_panic_nil.go:5 +0x29
