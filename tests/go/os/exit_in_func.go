package main

import (
	"fmt"
	"os"
)

func fail(code int) {
	defer fmt.Println("not printed")
	fmt.Println("failing with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("not printed either")
	fail(42)
}

// Output:
// failing with 42
// Exit: 42
