// An on-call tool tails a live log stream and pages with the first few
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import (
	"context"
	"strings"
	"sync"
)

func feed(ctx context.Context, lines chan<- string) {
	for {
		line := Next()
		select {
		case lines <- line:
		case <-ctx.Done(): // cancelled while waiting to send
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	lines := make(chan string)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		feed(ctx, lines)
	}()

	var page []string
	for line := range lines {
		if strings.Contains(line, "ERROR") {
			page = append(page, line)
			if len(page) == Wanted() {
				break
			}
		}
	}
	cancel()
	wg.Wait()
	Page(page)
}
