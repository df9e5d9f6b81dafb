package main

import (
	"fmt"
	"sync"
)

// Each worker says it is done as soon as its work is computed, and sends
// the result after that. The closer closes results when every worker has
// said it is done.
func worker(id int, results chan<- string, wg *sync.WaitGroup) {
	r := fmt.Sprint("result ", id)
	wg.Done()
	results <- r
}

func main() {
	results := make(chan string, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go worker(1, results, &wg)
	go worker(2, results, &wg)
	go func() {
		wg.Wait()
		close(results)
	}()
	for r := range results {
		fmt.Println(r)
	}
}
