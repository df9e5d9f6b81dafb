// Prints pointers made after goroutines allocated in some order: the
// addresses must not depend on the schedule (issue 11 item 7), or explore
// reports "output differs" for a correct program.
package main

import (
	"fmt"
	"sync"
)

type node struct{ next *node }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var list *node
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < i*3+1; k++ {
				n := &node{}
				mu.Lock()
				n.next = list
				list = n
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	a, b := &node{}, make([]int, 3)
	fmt.Printf("%p %p %v\n", a, b, a == list)
}
