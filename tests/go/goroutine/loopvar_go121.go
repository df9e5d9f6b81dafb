// Under Go 1.21 semantics the loop variable is shared by all iterations:
// goroutines that read it after the loop all see its final value.
// Flags: --go 1.21
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	start := make(chan struct{})
	out := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out <- i
		}()
	}
	close(start)
	wg.Wait()
	close(out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) { // the classic fix: pass it as an argument
			defer wg.Done()
			<-start
			if i < 0 {
				fmt.Println("never")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("done")
}

// Output:
// 3 3 3 
// done
