package main

func pair() (int, int) {
	return 1 // ERROR "not enough return values"
}

func single() int {
	return 1, 2 // ERROR "too many return values"
}

func main() {
	pair()
	single()
}
