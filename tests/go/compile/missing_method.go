package main

// Go 1.20+ wording: Go 1.19 words this error differently.

type Speaker interface {
	Speak() string
	Volume() int
}

type Dog struct{}

func (Dog) Speak() string { return "woof" }

func main() {
	var s Speaker = Dog{} // ERROR "cannot use Dog\{\} \(value of type Dog\) as Speaker value in variable declaration: Dog does not implement Speaker \(missing method Volume\)"
	_ = s
}
