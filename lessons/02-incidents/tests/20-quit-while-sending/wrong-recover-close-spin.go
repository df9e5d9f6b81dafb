// The recovered send-on-closed panic, then a busy "flush" loop after it.
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import (
	"strings"
	"sync/atomic"
)

var flushed atomic.Int64

func feed(lines chan<- string, quit <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	defer func() { recover() }() // a send on a closed lines is how we stop
	for {
		line := Next()
		lines <- line
	}
}

func main() {
	lines := make(chan string)
	quit := make(chan struct{})
	done := make(chan struct{})
	go feed(lines, quit, done)

	var page []string
	for line := range lines {
		if strings.Contains(line, "ERROR") {
			page = append(page, line)
			if len(page) == Wanted() {
				break
			}
		}
	}
	Page(page)
	close(quit)
	close(lines) // the blocked send panics, the feed recovers and returns
	<-done
	for flushed.Load() < 30000 { // let the pager flush its buffers
		flushed.Add(1)
	}
}
