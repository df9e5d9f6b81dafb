// A spread call with fewer arguments than the fixed parameters (the
// compiler read past the argument list here).
package main

import "fmt"

func main() {
	fmt.Printf("%d"...) // ERROR "^not enough arguments in call to fmt.Printf"
}
