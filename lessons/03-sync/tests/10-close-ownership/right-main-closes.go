// RIGHT: main owns the close: it waits for every reader (WaitGroup) and closes `lines`; a shipper goroutine counts them.
package main

import (
	"fmt"
	"sync"
)

func readFile(f *LogFile, lines chan<- string) {
	for {
		line, ok := f.ReadLine()
		if !ok {
			return
		}
		lines <- line
	}
}

func main() {
	lines := make(chan string)
	count := make(chan int)
	go func() { // the shipper
		shipped := 0
		for range lines {
			shipped++
		}
		FlushBatch() // hand the batch to the log server
		count <- shipped
	}()

	var wg sync.WaitGroup
	for _, f := range OpenLogs() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			readFile(f, lines)
		}()
	}
	wg.Wait()
	close(lines) // every reader has returned: nobody sends any more
	fmt.Println("shipped", <-count, "lines")
}
