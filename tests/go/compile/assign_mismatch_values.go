package main

func main() {
	a, b := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	_, _ = a, b
}
