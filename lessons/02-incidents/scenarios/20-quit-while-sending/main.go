// An on-call tool tails a live log stream and pages with the first few
// errors. A feed goroutine reads the stream and sends each line on `lines`;
// main keeps the errors and, once it has enough, closes `quit` to tell the
// feed to stop.
//
// The feed checks `quit` before reading each line... but where does it wait?
// The stream and the pager are in world.go (Next, Wanted, Page); the grader tails other streams.
package main

import "strings"

func feed(lines chan<- string, quit <-chan struct{}) {
	for {
		select {
		case <-quit:
			return
		default:
		}
		line := Next()
		lines <- line // parked here when nobody reads any more: quit is never seen
	}
}

func main() {
	lines := make(chan string)
	quit := make(chan struct{})
	go feed(lines, quit)

	var page []string
	for line := range lines {
		if strings.Contains(line, "ERROR") {
			page = append(page, line)
			if len(page) == Wanted() {
				break
			}
		}
	}
	Page(page)  // the pager takes a while...
	close(quit) // ...then "stop, feed"
}
