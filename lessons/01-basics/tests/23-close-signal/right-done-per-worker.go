// The nightly invoice run: a feeder sends the invoices on `jobs` and closes
// it; three workers bill them and report each amount on `billed`.
package main

import (
	"fmt"
	"sync"
)

const workers = 3

// Each worker owns one done channel and closes it once: no double close.
func worker(jobs <-chan Invoice, mu *sync.Mutex, total *int, done chan<- struct{}) {
	defer close(done)
	for inv := range jobs {
		amount := Bill(inv)
		mu.Lock()
		*total += amount
		mu.Unlock()
	}
}

func main() {
	invoices := Invoices()
	jobs := make(chan Invoice)
	go func() { // the feeder
		for _, inv := range invoices {
			jobs <- inv
		}
		close(jobs)
	}()
	var mu sync.Mutex
	total := 0
	var dones []chan struct{}
	for i := 0; i < workers; i++ {
		done := make(chan struct{})
		dones = append(dones, done)
		go worker(jobs, &mu, &total, done)
	}
	for _, done := range dones {
		<-done
	}
	fmt.Printf("billed %d invoices, total %d\n", len(invoices), total)
}
