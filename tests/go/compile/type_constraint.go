package main

// Type constraints say that generics are outside the subset.

type Number interface {
	~int | ~float64 // ERROR "type constraints \(generics\) are not in gorolab's Go subset"
}

func main() {}
