package main

// Go 1.20+ wording: Go 1.19 words this error differently.

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

func main() {
	fmt.Println("hi")
}
