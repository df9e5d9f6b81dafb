package main

import (
	"fmt"
	"sync"
)

// The jobs WaitGroup is reused: a second job is started from another
// goroutine, while main may already be waiting, or done waiting.
func main() {
	var jobs sync.WaitGroup
	start := func(name string) {
		jobs.Add(1)
		go func() {
			defer jobs.Done()
			fmt.Println(name, "job done")
		}()
	}
	start("first")
	go func() {
		start("late")
	}()
	jobs.Wait()
	fmt.Println("main: every job is done")
}
