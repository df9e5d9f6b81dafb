// Ten workers joined with a WaitGroup; each writes its own slot.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(10-id) * time.Millisecond)
			results[id] = id * id
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	wg.Wait() // a zero counter does not block
	fmt.Println("done")
}

// Output:
// [0 1 4 9 16 25 36 49 64 81]
// done
