package main

func main() {
	doStuff(1) // ERROR "undefined: doStuff"
}
