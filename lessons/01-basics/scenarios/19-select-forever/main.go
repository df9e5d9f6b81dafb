// A nightly backup job uploads the day's files to the object store, one
// goroutine per file, and a reporter prints the summary when every upload
// has reported its size on `sizes`.
//
// main has nothing left to do once it has started them, so it parks itself
// with an empty `select {}` "to keep the process alive". The object store
// is in world.go (Pending, Upload); the grader runs other nights too.
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

	go func() { // the reporter
		total := 0
		for range files {
			total += <-sizes
		}
		fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
	}()

	select {} // keep main alive while the uploads run... and forever after
}
