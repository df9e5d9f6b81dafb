// An on-call tool tails a live log stream and pages with the first few
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import (
	"strings"
	"sync"
)

func feed(lines chan<- string, quit <-chan struct{}) {
	for {
		line := Next()
		select {
		case <-quit:
			return
		case lines <- line:
		}
	}
}

func main() {
	lines := make(chan string)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		feed(lines, quit)
	}()
	defer wg.Wait()   // runs second: the feed is gone before main returns
	defer close(quit) // runs first

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
}
