package main

import (
	"fmt"
	"log"
)

func main() {
	fmt.Println("stdout line")
	log.Println("starting", 3, "workers")
	log.Printf("processed %d items", 10)
	log.Print("no newline added twice\n")
	log.Print("a", "b", 1, 2)
}

// Output:
// stdout line
// Stderr:
// 2009/11/10 23:00:00 starting 3 workers
// 2009/11/10 23:00:00 processed 10 items
// 2009/11/10 23:00:00 no newline added twice
// 2009/11/10 23:00:00 ab1 2
