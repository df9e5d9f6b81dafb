package main

import "fmt"

func helper() {
	// recover only stops a panic when called directly by a deferred function
	fmt.Println("helper recover:", recover())
}

func main() {
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	defer func() {
		helper()
	}()
	panic("oops")
}

// Output:
// helper recover: <nil>
// direct recover: oops
