// Share memory by communicating: one goroutine owns the counter map and
// serves requests over channels; no mutex needed.
package main

import (
	"fmt"
	"sync"
)

type incr struct{ key string }
type query struct {
	key   string
	reply chan int
}

func owner(incs <-chan incr, queries <-chan query) {
	counts := map[string]int{}
	for {
		select {
		case in, ok := <-incs:
			if !ok {
				return
			}
			counts[in.key]++
		case q := <-queries:
			q.reply <- counts[q.key]
		}
	}
}

func main() {
	incs := make(chan incr)
	queries := make(chan query)
	go owner(incs, queries)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			incs <- incr{[]string{"red", "blue"}[i%2]}
		}(i)
	}
	wg.Wait()
	r := make(chan int)
	queries <- query{"red", r}
	red := <-r
	queries <- query{"blue", r}
	fmt.Println(red, <-r)
	close(incs)
}

// Output:
// 25 25
