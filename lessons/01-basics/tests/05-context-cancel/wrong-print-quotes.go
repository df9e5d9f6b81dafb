// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
// Fixture: classes 1 and 8: prints the story's quotes, starts no watcher.
package main

import (
	"fmt"
)

func main() {
	for _, q := range []string{"GO 201", "RUST 401", "ZIG 301"} {
		fmt.Println(q) // the quotes the story shows; no watcher, no leak
	}
	fmt.Println("dashboard ready")
}
