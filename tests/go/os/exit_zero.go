package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("clean exit")
	os.Exit(0)
	fmt.Println("unreachable")
}

// Output:
// clean exit
