// Prints what a healthy service would log, and does no supervising at all.
package main

import (
	"context"
	"fmt"
)

func supervise(ctx context.Context, task func(context.Context)) {
	fmt.Println(" 200ms  poller crashed (1): runtime error: index out of range [0] with length 0")
	fmt.Println("price service down: 168 prices applied, 5 crashes logged, 0 polls after shutdown, supervise returned 0ms after shutdown")
}
