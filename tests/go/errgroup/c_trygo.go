// TryGo starts the function only if the limit allows it right now.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(1)
	release := make(chan struct{})
	fmt.Println("first:", g.TryGo(func() error {
		<-release
		return nil
	}))
	fmt.Println("second while busy:", g.TryGo(func() error { return nil }))
	close(release)
	fmt.Println("wait:", g.Wait())
	fmt.Println("third after wait:", g.TryGo(func() error { return fmt.Errorf("third failed") }))
	fmt.Println("wait:", g.Wait())
}

// Output:
// first: true
// second while busy: false
// wait: <nil>
// third after wait: true
// wait: third failed
