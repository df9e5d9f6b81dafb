// Under Go 1.24 and earlier, WaitGroup.Wait parks as "semacquire".
// Flags: --go 1.19
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}

// Output:
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/sync.go:137
// main.main()
// 	deadlock_go119.go:10 +0x14
