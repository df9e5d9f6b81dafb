package main

import "sync/atomic"

func main() {
	var p *int64
	atomic.AddInt64(p, 1)
}

// Output:
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// goroutine 1 [running]:
// main.main()
// 	nil_pointer.go:7 +0xc
