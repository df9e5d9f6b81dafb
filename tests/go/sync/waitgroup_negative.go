package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
	fmt.Println("unreachable")
}

// Output:
// balanced
// Exit: 2
// Stderr:
// panic: sync: negative WaitGroup counter
//
// goroutine 1 [running]:
// sync.(*WaitGroup).Done(...)
// 	$GOROOT/src/sync/sync.go:132 +0x8
// main.main()
// 	waitgroup_negative.go:13 +0x34
