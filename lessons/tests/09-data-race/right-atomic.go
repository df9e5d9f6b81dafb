// A web server counts page views. Eight handler goroutines each serve 2000
// requests and add the page's weight to a shared counter. Expected total:
// 8 x 2000 x 3 = 48000.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var views atomic.Int64 // shared by every handler

// weight is how much one view of a page counts.
func weight(page string) int { return len(page)%3 + 1 }

func serve(page string, n int) {
	for i := 0; i < n; i++ {
		views.Add(int64(weight(page))) // one indivisible read-modify-write
	}
}

func main() {
	var wg sync.WaitGroup
	for h := 0; h < 8; h++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			serve("/home", 2000)
		}()
	}
	wg.Wait()
	fmt.Println("views:", views.Load())
}
