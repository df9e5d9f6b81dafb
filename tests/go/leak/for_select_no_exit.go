// A for-select loop without a way out: when its input stops, the goroutine
// stays parked in select.
package main

import (
	"fmt"
	"time"
)

func monitor(events <-chan string, alerts chan<- string) {
	for {
		select {
		case e := <-events:
			if e == "error" {
				alerts <- "alert: " + e
			}
		}
	}
}

func main() {
	events := make(chan string)
	alerts := make(chan string, 10)
	go monitor(events, alerts)
	for _, e := range []string{"ok", "error", "ok"} {
		events <- e
	}
	time.Sleep(time.Millisecond)
	fmt.Println(len(alerts), <-alerts)
}

// Output:
// 1 alert: error
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state select, with main.monitor on top of the stack:
// main.monitor(...)
// 	for_select_no_exit.go:12
// created by main.main in goroutine 1
// 	for_select_no_exit.go:24
// ]
