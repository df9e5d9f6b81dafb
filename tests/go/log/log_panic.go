package main

import (
	"fmt"
	"log"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	log.Panicf("bad value %d", 7)
}

// Output:
// recovered: bad value 7
// Stderr:
// 2009/11/10 23:00:00 bad value 7
