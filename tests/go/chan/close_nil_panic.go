// Closing a nil channel panics.
package main

import "fmt"

type service struct {
	done chan struct{}
}

func (s *service) Stop() {
	close(s.done)
}

func main() {
	s := &service{}
	fmt.Println("stopping a service that was never started")
	s.Stop()
}

// Output:
// stopping a service that was never started
// Exit: 2
// Stderr:
// panic: close of nil channel
//
// goroutine 1 [running]:
// main.(*service).Stop(...)
// 	close_nil_panic.go:11
// main.main()
// 	close_nil_panic.go:17
