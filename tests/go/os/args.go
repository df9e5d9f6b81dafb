package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args[1:]))
	fmt.Println(os.Args[0] != "")
}

// Output:
// 1
// 0
// true
