// Leaked goroutines group by the text of their stacks: the same statement
// reached from goroutines made by different creators is two groups (the
// "created by" lines differ), and the same function parked at two lines is
// two groups; identical ones, however many, are one.
package main

import "fmt"

func wait(ch chan int, second bool) {
	if second {
		ch <- 0
		return
	}
	<-ch
}

func spawn(ch chan int, n int, second bool) {
	for i := 0; i < n; i++ {
		go wait(ch, second)
	}
}

func main() {
	ch, ch2 := make(chan int), make(chan int)
	spawn(ch, 5, false)
	spawn(ch2, 3, true)
	done := make(chan bool)
	go func() {
		spawn(ch, 4, false)
		done <- true
	}()
	<-done
	fmt.Println("main returns")
}

// Output:
// main returns
// Stderr:
// gorolab: found unexpected goroutines:
// [5 goroutines (2, 3, 4, 5, 6) in state chan receive, with main.wait on top of the stack:
// main.wait(...)
// 	same_place_groups.go:14
// created by main.spawn in goroutine 1
// 	same_place_groups.go:19
// ]
// [4 goroutines (11, 12, 13, 14) in state chan receive, with main.wait on top of the stack:
// main.wait(...)
// 	same_place_groups.go:14
// created by main.spawn in goroutine 10
// 	same_place_groups.go:19
// ]
// [3 goroutines (7, 8, 9) in state chan send, with main.wait on top of the stack:
// main.wait(...)
// 	same_place_groups.go:11
// created by main.spawn in goroutine 1
// 	same_place_groups.go:19
// ]
