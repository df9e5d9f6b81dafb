package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go worker(1, jobs, results)
	jobs <- 21
	fmt.Println(<-results)
}
