// Anti-pattern: one goroutine per item, no limit, and the caller returns on
// the first error: the other workers stay blocked on the unbuffered errs
// channel forever. (Go 1.22 loop variables: each closure has its own u.)
package main

import (
	"fmt"
	"time"
)

func check(url string) error {
	time.Sleep(time.Duration(len(url)) * time.Millisecond)
	if url == "bad" {
		return fmt.Errorf("check %s: 500", url)
	}
	return nil
}

func checkAll(urls []string) error {
	errs := make(chan error)
	for _, u := range urls {
		go func() { errs <- check(u) }()
	}
	for range urls {
		if err := <-errs; err != nil {
			return err // the remaining senders are abandoned
		}
	}
	return nil
}

func main() {
	fmt.Println(checkAll([]string{"a.example", "bad", "b.example.org"}))
	time.Sleep(time.Second)
}

// Output:
// check bad: 500
// Stderr:
// gorolab: found unexpected goroutines:
// [2 goroutines (2, 4) in state chan send, with main.checkAll.func1 on top of the stack:
// main.checkAll.func1()
// 	unmanaged_fanout_bad.go:22
// created by main.checkAll in goroutine 1
// 	unmanaged_fanout_bad.go:22
// ]
