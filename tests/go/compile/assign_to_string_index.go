package main

// Go 1.20+ wording: Go 1.19 words this error differently.

func main() {
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
}
