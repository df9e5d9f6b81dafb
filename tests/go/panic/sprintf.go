package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("n too large: %d > %d", n, 2))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 1; i <= 5; i++ {
		check(i)
	}
}

// Output:
// ok 1
// ok 2
// Exit: 2
// Stderr:
// panic: n too large: 3 > 2
//
// goroutine 1 [running]:
// main.check(...)
// 	sprintf.go:7 +0xe7
// main.main()
// 	sprintf.go:14 +0x25
