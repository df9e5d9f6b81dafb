package main

func main() {
	done := make(chan bool)
	done <- true
}
