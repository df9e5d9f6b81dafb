package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("exiting")
	os.Exit(3)
}

// Output:
// exiting
// Exit: 3
