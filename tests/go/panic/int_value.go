package main

func main() {
	panic(42)
}

// Output:
// Exit: 2
// Stderr:
// panic: 42
//
// goroutine 1 [running]:
// main.main()
// 	int_value.go:4 +0x27
