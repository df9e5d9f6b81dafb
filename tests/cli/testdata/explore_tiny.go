package main

func main() {
	c := make(chan int, 2)
	go func() {
		c <- 1
		c <- 2
	}()
	<-c
	<-c
}
