// Race-free: values handed over through unbuffered and buffered channels,
// a close observed by range, and a buffered channel used as a semaphore.
package main

import "fmt"

func main() {
	data := 0
	ch := make(chan int)
	go func() {
		data = 1
		ch <- 1
	}()
	<-ch
	data++

	results := make([]int, 3)
	done := make(chan bool, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			results[i] = i * i
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}

	// the k-th receive happens before the k+C-th send completes
	sem := make(chan struct{}, 1)
	shared := 0
	fin := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			sem <- struct{}{}
			shared++
			<-sem
			fin <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-fin
	}

	items := make(chan int)
	total := 0
	go func() {
		for i := 1; i <= 4; i++ {
			items <- i
		}
		total = -1
		close(items)
	}()
	sum := 0
	for v := range items {
		sum += v
	}
	total = sum
	fmt.Println(data, results, shared, total)
}

// Flags: --race
// Output:
// 2 [0 1 4] 3 10
