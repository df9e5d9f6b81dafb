package main

import (
	"fmt"
	"strings"
)

func main() {
	count := 0
	name := "gopher"
	fmt.Println(nam)
}

// Go 1.20+ wording: Go 1.19 says "imported and not used: \"strings\"" and
// "count declared but not used".

// Exit: 1
// Stderr:
// full_two_errors.go:5:2: "strings" imported and not used
// full_two_errors.go:9:2: declared and not used: count
// full_two_errors.go:10:2: declared and not used: name
// full_two_errors.go:11:14: undefined: nam
