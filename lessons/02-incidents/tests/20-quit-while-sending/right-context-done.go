// A context instead of quit: main cancels it and waits for the feed's done.
package main

import (
	"context"
	"strings"
)

func feed(ctx context.Context, lines chan<- string, done chan<- struct{}) {
	defer close(done)
	for {
		line := Next()
		select {
		case lines <- line:
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	lines := make(chan string)
	done := make(chan struct{})
	go feed(ctx, lines, done)
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
	Page(page)
	<-done
}
