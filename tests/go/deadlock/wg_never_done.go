// WaitGroup.Add(3) but only two goroutines call Done: Wait never returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("all done")
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.WaitGroup.Wait]:
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/sync.go:137
// main.main()
// 	wg_never_done.go:17
