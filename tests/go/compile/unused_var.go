package main

// Go 1.20+ wording: Go 1.19 words this error differently.

func main() {
	x := 1 // ERROR "declared and not used: x"
}
