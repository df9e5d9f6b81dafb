package main

// Converting a slice to an array pointer (Go 1.17) is outside the subset.

func main() {
	s := make([]byte, 8)
	p := (*[8]byte)(s) // ERROR "conversion of a slice to an array pointer is not in gorolab's Go subset"
	_ = p
}
