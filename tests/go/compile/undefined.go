package main

import "fmt"

func main() {
	result := 42
	fmt.Println(resutl) // ERROR "undefined: resutl"
	_ = result
}
