package main

// Go 1.20+ wording: Go 1.19 words this error differently.

const limit = 10

func main() {
	limit = 20 // ERROR "cannot assign to limit \(neither addressable nor a map index expression\)"
}
