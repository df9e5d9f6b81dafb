package main

import "strings"

func main() {
	_ = strings.Reverse("abc") // ERROR "undefined: strings.Reverse"
}
