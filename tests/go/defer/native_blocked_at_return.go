// A deferred native call that blocks when the function returns (here
// wg.Wait, which nobody will ever release) shows in the dump as Go shows
// it: the native's frame on top, then the function at its closing brace.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	defer wg.Wait()
	fmt.Println("body")
}

// Exit: 2
// Output:
// body
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.WaitGroup.Wait]:
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/sync.go:137
// main.main()
// 	native_blocked_at_return.go:16
