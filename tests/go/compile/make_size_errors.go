package main

// make's size arguments: Go's messages.

func main() {
	f := 1.5
	_ = make([]int, f)   // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	_ = make([]int, -1)  // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 1.5) // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = make(chan int, "a") // ERROR "untyped string constant"
}
