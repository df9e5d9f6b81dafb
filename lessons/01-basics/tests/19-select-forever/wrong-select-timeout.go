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

	reported := make(chan struct{})
	go func() { // the reporter
		defer close(reported)
		total := 0
		for range files {
			total += <-sizes
		}
		fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
	}()
	select { // the seed's "safe mode": a timeout as a backstop
	case <-reported:
	case <-time.After(time.Minute):
		fmt.Println("backup timed out")
	}
}
