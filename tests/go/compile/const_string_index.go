package main

// A constant index into a constant string is checked at compile time.

const s = "hé"

func main() {
	_ = s[3]        // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = "abc"[-1]   // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = "abc"[1.5]  // ERROR "1.5 \(untyped float constant\) truncated to int"
	s[0] = 1        // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
}
