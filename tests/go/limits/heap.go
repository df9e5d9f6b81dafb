// A heap that grows forever stops at the heap limit.
package main

func main() {
	var keep [][]int
	for {
		keep = append(keep, make([]int, 1<<16))
	}
}

// Flags: --max-heap 16
// Exit: 3
// Stderr:
// fatal error: gorolab: Go heap limit of 16 MiB exceeded (raise it with --max-heap)
//
// goroutine 1 [running]:
// main.main()
// 	heap.go:7 +0xc
