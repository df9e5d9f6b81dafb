package main

func name() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in return statement"
}

func main() {
	_ = name()
}
