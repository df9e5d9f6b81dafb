// context: cancel closes Done, which happens before the receive it ends.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		fmt.Println("canceller")
		cancel()
	}()
	<-ctx.Done()
	fmt.Println("main")
}
