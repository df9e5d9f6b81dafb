// Fixed: the goroutine always reports, sending a result that carries the
// error; the caller sees the real error at once.
package main

import (
	"errors"
	"fmt"
	"time"
)

type result struct {
	val string
	err error
}

func fetchFromDB(id string) (string, error) {
	if id == "" {
		return "", errors.New("empty id")
	}
	return "order " + id, nil
}

func processOrder(id string) error {
	ch := make(chan result, 1) // buffered: the sender never blocks
	go func() {
		res, err := fetchFromDB(id)
		ch <- result{res, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			return fmt.Errorf("process %q: %w", id, r.err)
		}
		fmt.Println("handled", r.val)
		return nil
	case <-time.After(5 * time.Second):
		return errors.New("timeout")
	}
}

func main() {
	start := time.Now()
	fmt.Println(processOrder("42"))
	fmt.Println(processOrder(""), time.Since(start) < time.Second)
}

// Output:
// handled order 42
// <nil>
// process "": empty id true
