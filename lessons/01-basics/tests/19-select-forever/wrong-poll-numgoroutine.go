// main polls runtime.NumGoroutine every millisecond until only it is left.
package main

import (
	"fmt"
	"runtime"
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
	go func() {
		total := 0
		for range files {
			total += <-sizes
		}
		fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
	}()
	for runtime.NumGoroutine() > 1 {
		time.Sleep(time.Millisecond)
	}
}
