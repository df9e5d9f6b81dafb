// Wait reports the error returned first in time, not the first goroutine's
// (Go 1.22 loop variables).
package main

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	delays := []time.Duration{300, 100, 200}
	for i, d := range delays {
		g.Go(func() error {
			time.Sleep(d * time.Millisecond)
			return errors.New(fmt.Sprint("task ", i, " after ", d*time.Millisecond))
		})
	}
	fmt.Println(g.Wait())
}

// Output:
// task 1 after 100ms
