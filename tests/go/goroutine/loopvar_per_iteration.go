// Go 1.22: each iteration of a 3-clause for loop has its own variable, so
// every goroutine sees its own i (Go 1.19-1.21 print 3 3 3).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	start := make(chan struct{})
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	names := []string{"a", "b", "c"}
	results := make(chan string, len(names))
	for _, name := range names {
		go func() { results <- name }()
	}
	got := []string{<-results, <-results, <-results}
	sort.Strings(got)
	fmt.Println(got)
}

// Output:
// [0 1 2]
// [a b c]
