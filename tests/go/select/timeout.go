// A timeout with time.After: a slow answer loses to the timer, a fast one
// wins; on the virtual clock the waits cost no real time.
package main

import (
	"fmt"
	"time"
)

func query(d time.Duration) <-chan string {
	out := make(chan string, 1) // buffered: the late answer does not leak
	go func() {
		time.Sleep(d)
		out <- fmt.Sprint("answer after ", d)
	}()
	return out
}

func ask(d time.Duration) {
	select {
	case r := <-query(d):
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timed out waiting", d)
	}
}

func main() {
	ask(200 * time.Millisecond)
	ask(5 * time.Second)
	ask(999 * time.Millisecond)
	time.Sleep(5 * time.Second) // the slow query finishes into its buffer
	fmt.Println("done")
}

// Output:
// answer after 200ms
// timed out waiting 5s
// answer after 999ms
// done
