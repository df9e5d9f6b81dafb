// A nightly backup job uploads the day's files to the object store, one
// goroutine per file, and a reporter prints the summary.
package main

import "fmt"

func upload(name string, sizes chan<- int) {
	sizes <- Upload(name)
}

// main is the reporter: it has nothing else to do, so it waits for the sizes.
func main() {
	files := Pending()
	sizes := make(chan int)
	for _, name := range files {
		go upload(name, sizes)
	}

	total := 0
	for range files {
		total += <-sizes
	}
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
}
