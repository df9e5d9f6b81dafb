// `...` typed for `,` in a call is a syntax error; after a syntax error
// nothing is type-checked (the compiler crashed here on the broken call).
package main

import "fmt"

func main() {
	x := 1
	var y int = "not checked"
	fmt.Printf("%d"... x)
}

// Exit: 1
// Stderr:
// spread_typo.go:10:21: syntax error: unexpected x in argument list; possibly missing comma or )
