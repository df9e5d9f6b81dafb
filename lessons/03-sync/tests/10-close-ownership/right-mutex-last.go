// A log shipper reads several log files at once; each reader sends the lines
// of its file on `lines` and the shipper counts them into a batch. Each reader
// closes `lines` when its file is done, so that the shipper's range can end.
// (The files and the log server are in world.go.)
package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	running int // readers still sending
)

func readFile(f *LogFile, lines chan<- string) {
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		running--
		if running == 0 { // the last reader out closes
			close(lines)
		}
	}()
	for {
		line, ok := f.ReadLine()
		if !ok {
			return
		}
		lines <- line
	}
}

func main() {
	lines := make(chan string)
	files := OpenLogs()
	running = len(files)
	for _, f := range files {
		go readFile(f, lines)
	}

	shipped := 0
	for range lines {
		shipped++
	}
	FlushBatch() // hand the batch to the log server
	fmt.Println("shipped", shipped, "lines")
}
