// An on-call tool tails a live log stream and pages with the first few
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import "strings"

func feed(lines chan<- string, quit <-chan struct{}, done chan<- struct{}) {
	defer close(done)
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
	done := make(chan struct{})
	go feed(lines, quit, done)

	var page []string
	for line := range lines {
		if strings.Contains(line, "ERROR") {
			page = append(page, line)
			if len(page) == 3 { // the page shows three errors
				break
			}
		}
	}
	Page(page)
	close(quit)
	<-done
}
