// One select can mix send and receive cases: a goroutine feeds a queue
// while taking acknowledgements.
package main

import "fmt"

func main() {
	jobs := make(chan int)
	acks := make(chan int)
	go func() {
		for j := range jobs {
			acks <- j * 100
		}
		close(acks)
	}()
	next, pending := 1, 0
	var got []int
	for next <= 3 || pending > 0 {
		var send chan int
		if next <= 3 {
			send = jobs
		}
		select {
		case send <- next:
			next++
			pending++
		case a := <-acks:
			got = append(got, a)
			pending--
		}
	}
	close(jobs)
	_, ok := <-acks
	fmt.Println(got, ok)
}

// Output:
// [100 200 300] false
