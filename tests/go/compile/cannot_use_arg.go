package main

// Go 1.20+ wording: Go 1.19 words this error differently.

func square(n int) int { return n * n }

func main() {
	s := "3"
	_ = square(s) // ERROR "cannot use s \(variable of type string\) as int value in argument to square"
}
