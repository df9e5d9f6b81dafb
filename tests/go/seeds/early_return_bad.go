// Anti-pattern: on error the goroutine returns without sending anything, so
// the caller learns nothing until its 5s timeout.
package main

import (
	"errors"
	"fmt"
	"time"
)

func fetchFromDB(id string) (string, error) {
	if id == "" {
		return "", errors.New("empty id")
	}
	return "order " + id, nil
}

func processOrder(id string) error {
	ch := make(chan string, 1)
	go func() {
		res, err := fetchFromDB(id)
		if err != nil {
			return // the error is lost
		}
		ch <- res
	}()
	select {
	case r := <-ch:
		fmt.Println("handled", r)
		return nil
	case <-time.After(5 * time.Second):
		return errors.New("timeout")
	}
}

func main() {
	start := time.Now()
	fmt.Println(processOrder("42"))
	fmt.Println(processOrder(""), time.Since(start) >= 5*time.Second)
}

// Output:
// handled order 42
// <nil>
// timeout true
