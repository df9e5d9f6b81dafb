// When every function returns nil, Wait returns nil after all of them; each
// writes its own slot, so no lock is needed (Go 1.22 loop variables).
package main

import (
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

func main() {
	words := []string{"go", "channel", "select", "mutex"}
	upper := make([]string, len(words))
	var g errgroup.Group
	for i, w := range words {
		g.Go(func() error {
			upper[i] = strings.ToUpper(w)
			return nil
		})
	}
	fmt.Println(g.Wait(), upper)
}

// Output:
// <nil> [GO CHANNEL SELECT MUTEX]
