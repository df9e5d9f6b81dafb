// errgroup: every function passed to Go returns before Wait returns.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	for i := 0; i < 3; i++ {
		g.Go(func() error {
			fmt.Println("worker")
			return nil
		})
	}
	g.Wait()
	fmt.Println("main")
}
