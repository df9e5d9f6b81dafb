// Workers add to a total under a mutex; a WaitGroup says when they are done.
package main

import (
	"fmt"
	"sync"
)

const workers = 3

func main() {
	invoices := Invoices()
	jobs := make(chan Invoice)
	var (
		mu    sync.Mutex
		total int
		wg    sync.WaitGroup
	)
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for inv := range jobs {
				amount := Bill(inv)
				mu.Lock()
				total += amount
				mu.Unlock()
			}
		}()
	}
	for _, inv := range invoices {
		jobs <- inv
	}
	close(jobs)
	wg.Wait()
	fmt.Printf("billed %d invoices, total %d\n", len(invoices), total)
}
