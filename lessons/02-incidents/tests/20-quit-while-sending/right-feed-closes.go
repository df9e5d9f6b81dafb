// An on-call tool tails a live log stream and pages with the first few
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import "strings"

// The feed owns `lines`: when it stops, it closes it, and that close is the
// signal main waits for.
func feed(lines chan<- string, quit <-chan struct{}) {
	defer close(lines)
	for {
		select {
		case <-quit:
			return
		default:
		}
		line := Next()
		select {
		case lines <- line:
		case <-quit:
			return
		}
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
	close(quit)
	for range lines { // until the feed has closed lines: it is gone
	}
	Page(page)
}
