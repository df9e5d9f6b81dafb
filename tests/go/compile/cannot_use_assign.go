package main

func main() {
	var n int
	n = "hello" // ERROR "cannot use \"hello\" \(untyped string constant\) as int value in assignment"
	_ = n
}
