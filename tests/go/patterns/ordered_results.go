// Parallel work, ordered output: each task gets its own result channel and
// main reads them in submission order.
package main

import (
	"fmt"
	"strings"
	"time"
)

func process(s string) <-chan string {
	out := make(chan string, 1)
	go func() {
		time.Sleep(time.Duration(len(s)) * time.Millisecond * 10)
		out <- strings.ToUpper(s)
	}()
	return out
}

func main() {
	var pending []<-chan string
	for _, w := range []string{"channels", "are", "typed", "pipes"} {
		pending = append(pending, process(w))
	}
	for _, p := range pending {
		fmt.Println(<-p)
	}
}

// Output:
// CHANNELS
// ARE
// TYPED
// PIPES
