package main

func f() int { return 1 }

func main() {
	f() + 1 // ERROR "f\(\) \+ 1 \(value of type int\) is not used"
}
