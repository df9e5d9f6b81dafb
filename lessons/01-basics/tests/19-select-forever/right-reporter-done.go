// A nightly backup job uploads the day's files to the object store, one
// goroutine per file, and a reporter prints the summary.
package main

import "fmt"

func upload(name string, sizes chan<- int) {
	sizes <- Upload(name)
}

func main() {
	files := Pending()
	sizes := make(chan int)
	for _, name := range files {
		go upload(name, sizes)
	}

	summary := make(chan string)
	go func() { // the reporter hands its summary to main
		total := 0
		for range files {
			total += <-sizes
		}
		summary <- fmt.Sprintf("uploaded %d files, %d bytes", len(files), total)
	}()
	select {
	case line := <-summary: // a case that becomes ready when the work is done
		fmt.Println(line)
	}
}
