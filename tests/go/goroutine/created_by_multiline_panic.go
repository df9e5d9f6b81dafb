// A goroutine's panic names the go statement's line under `created by`,
// also when the call's arguments continue on later lines.
package main

import "time"

func work(a, b int) {
	panic("boom")
}

func main() {
	go work(
		1,
		2,
	)
	time.Sleep(time.Second)
}

// Exit: 2
// Stderr:
// panic: boom
//
// goroutine 2 [running]:
// main.work(...)
// 	created_by_multiline_panic.go:8 +0x27
// created by main.main in goroutine 1
// 	created_by_multiline_panic.go:12 +0x2e
