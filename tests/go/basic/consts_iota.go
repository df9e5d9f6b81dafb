package main

import "fmt"

const Pi = 3.14159

const (
	Sunday = iota
	Monday
	Tuesday
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func main() {
	fmt.Println(Pi, Sunday, Monday, Tuesday)
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%T %v\n", Blue, Blue)
	const local = "hi"
	fmt.Println(local + "!")
}

// Output:
// 3.14159 0 1 2
// 1 2 3
// main.Color 3
// hi!
