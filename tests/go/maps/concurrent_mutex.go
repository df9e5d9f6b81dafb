// The same writes under a sync.Mutex, or ordered by a channel and
// WaitGroup.Wait, are not concurrent: no fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				mu.Lock()
				m[k] += i
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m), m[0], m[1], m[2])

	done := make(chan bool)
	go func() {
		m[7] = 7
		done <- true
	}()
	<-done
	m[8] = 8
	fmt.Println(len(m))
}

// Output:
// 3 6 6 6
// 5
