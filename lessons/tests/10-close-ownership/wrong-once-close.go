// A log shipper reads three log files at once; each reader sends its lines
// on `lines` and the shipper prints them. Each reader closes `lines` when its
// file is done, so that the shipper's range can end.
package main

import (
	"fmt"
	"sync"
	"time"
)

var closeOnce sync.Once

func readFile(name string, n int, lines chan<- string) {
	defer closeOnce.Do(func() { close(lines) }) // close at most once
	for i := 1; i <= n; i++ {
		time.Sleep(time.Duration(len(name)) * time.Millisecond)
		lines <- fmt.Sprintf("%s:%d", name, i)
	}
}

func main() {
	lines := make(chan string)
	files := map[string]int{"app.log": 3, "db.log": 2, "nginx.log": 4}
	for name, n := range files {
		go readFile(name, n, lines)
	}

	shipped := 0
	for range lines {
		shipped++
	}
	time.Sleep(50 * time.Millisecond) // flush the batch to the log server
	fmt.Println("shipped", shipped, "lines")
}
