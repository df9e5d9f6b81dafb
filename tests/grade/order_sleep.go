// main "waits" with a pause: the printer's output comes first on the calm
// schedule, but nothing orders it before main's.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() { fmt.Println("printer") }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main")
}
