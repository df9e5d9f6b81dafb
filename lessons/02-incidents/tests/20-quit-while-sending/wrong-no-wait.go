// An on-call tool tails a live log stream and pages with the first few
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import "strings"

func feed(lines chan<- string, quit <-chan struct{}) {
	for {
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
	Page(page)
	close(quit) // the feed will see it... some time after main has returned
}
