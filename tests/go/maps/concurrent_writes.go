// Two goroutines write one map without a lock, three writes each. Go's
// runtime notices only when a write is in progress while another goroutine
// touches the map (its hashWriting flag); these few writes do not overlap,
// so Go 1.19 prints nothing and exits 0 (5 runs of 5), and so does gorolab.
// It is still a data race: race/map_writes.go.
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				m[k] = i
			}
		}()
	}
	wg.Wait()
}

