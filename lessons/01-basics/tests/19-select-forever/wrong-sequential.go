// A nightly backup job uploads the day's files to the object store, one
// goroutine per file, and a reporter prints the summary.
package main

import "fmt"

func main() {
	files := Pending()
	total := 0
	for _, name := range files { // no goroutines, nothing to wait for
		total += Upload(name)
	}
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
}
