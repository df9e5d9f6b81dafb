// An on-call tool tails a live log stream and pages with the first few
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import "strings"

// No feed goroutine, nothing to stop: main reads the stream itself.
func main() {
	var page []string
	for {
		line := Next()
		if strings.Contains(line, "ERROR") {
			page = append(page, line)
			if len(page) == Wanted() {
				break
			}
		}
	}
	Page(page)
}
