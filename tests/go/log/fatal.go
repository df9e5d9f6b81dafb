package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not run by log.Fatal")
	fmt.Println("before")
	log.Fatal("cannot continue: ", 42)
	fmt.Println("after")
}

// Output:
// before
// Exit: 1
// Stderr:
// 2009/11/10 23:00:00 cannot continue: 42
