// An on-call tool tails a live log stream and pages with the first few
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import (
	"context"
	"strings"
)

func feed(ctx context.Context, lines chan<- string) {
	for {
		if ctx.Err() != nil {
			return
		}
		lines <- Next()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	lines := make(chan string)
	go feed(ctx, lines)

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
	cancel()
}
