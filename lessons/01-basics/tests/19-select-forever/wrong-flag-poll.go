// A nightly backup job uploads the day's files to the object store, one
// goroutine per file, and a reporter prints the summary.
package main

import (
	"fmt"
	"time"
)

func upload(name string, sizes chan<- int) {
	sizes <- Upload(name)
}

func main() {
	files := Pending()
	sizes := make(chan int)
	for _, name := range files {
		go upload(name, sizes)
	}

	finished := false
	go func() { // the reporter
		total := 0
		for range files {
			total += <-sizes
		}
		fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
		finished = true
	}()
	for !finished {
		time.Sleep(10 * time.Millisecond)
	}
}
