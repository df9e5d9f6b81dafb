// An on-call tool tails a live log stream and pages with the first few
// errors. A feed goroutine reads the stream and sends each line on `lines`;
// main keeps the errors and, once it has enough, closes `quit` to tell the
// feed to stop, and waits until the feed has returned.
package main

import "strings"

func feed(lines chan<- string, quit <-chan struct{}, done chan<- struct{}) {
	defer close(done) // "the feed is gone"
	for {
		line := Next()
		select {
		case lines <- line: // wait for a reader...
		case <-quit: // ...or for the word to stop, whichever comes first
			return
		}
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
	close(quit) // wakes the feed even while it waits to send
	<-done      // and the feed is gone before main returns
}
