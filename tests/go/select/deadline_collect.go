// One time.After outside the loop sets an overall deadline: collect what
// arrives before it, then stop.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int, 10)
	for i := 1; i <= 5; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i) * 100 * time.Millisecond)
			results <- i
		}(i)
	}
	deadline := time.After(350 * time.Millisecond)
	var got []int
	for {
		select {
		case r := <-results:
			got = append(got, r)
			continue
		case <-deadline:
		}
		break
	}
	fmt.Println("before the deadline:", got)
	time.Sleep(time.Second) // stragglers finish into the buffer: none is left asleep
	fmt.Println("late:", len(results))
}

// Output:
// before the deadline: [1 2 3]
// late: 2
