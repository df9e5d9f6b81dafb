// A nightly backup job uploads the day's files to the object store, one
// goroutine per file, and a reporter prints the summary when every upload
// has reported its size on `sizes`. main waits for the reporter to say it
// is done (it closes `reported`), then returns: the job ends.
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

	reported := make(chan struct{})
	go func() { // the reporter
		defer close(reported) // "the summary is out": something main can wait for
		total := 0
		for range files {
			total += <-sizes
		}
		fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
	}()

	<-reported // ready exactly when the work is done, however long it takes
}
