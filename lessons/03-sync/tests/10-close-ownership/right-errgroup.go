// A log shipper reads several log files at once; each reader sends the lines
// of its file on `lines` and the shipper counts them into a batch. Each reader
// closes `lines` when its file is done, so that the shipper's range can end.
// (The files and the log server are in world.go.)
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func readFile(f *LogFile, lines chan<- string) error {
	for {
		line, ok := f.ReadLine()
		if !ok {
			return nil
		}
		lines <- line
	}
}

func main() {
	lines := make(chan string)
	var g errgroup.Group
	for _, f := range OpenLogs() {
		g.Go(func() error { return readFile(f, lines) })
	}
	go func() {
		g.Wait()
		close(lines)
	}()

	shipped := 0
	for range lines {
		shipped++
	}
	FlushBatch() // hand the batch to the log server
	fmt.Println("shipped", shipped, "lines")
}
