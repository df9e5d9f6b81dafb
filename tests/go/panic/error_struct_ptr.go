package main

type OpError struct {
	Op   string
	Code int
}

func (e *OpError) Error() string {
	return e.Op + " failed"
}

func run() {
	panic(&OpError{"write", 5})
}

func main() {
	run()
}

// Output:
// Exit: 2
// Stderr:
// panic: write failed
//
// goroutine 1 [running]:
// main.run(...)
// 	error_struct_ptr.go:13
// main.main()
// 	error_struct_ptr.go:17 +0x4e
