package main

import (
	"errors"
	"log"
)

func main() {
	err := errors.New("config missing")
	log.Printf("attempt %d", 1)
	log.Fatalf("fatal: %v", err)
}

// Output:
// Exit: 1
// Stderr:
// 2009/11/10 23:00:00 attempt 1
// 2009/11/10 23:00:00 fatal: config missing
