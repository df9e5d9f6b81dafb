// Copies of a struct handed over a channel: each goroutine owns its copy.
package main

import "fmt"

type Job struct {
	ID   int
	Tags [2]string
}

func main() {
	jobs := make(chan Job)
	done := make(chan Job)
	go func() {
		for j := range jobs {
			j.Tags[1] = "done"
			done <- j
		}
		close(done)
	}()
	go func() {
		j := Job{ID: 1, Tags: [2]string{"new", ""}}
		for i := 0; i < 3; i++ {
			j.ID = i
			jobs <- j
		}
		close(jobs)
	}()
	for j := range done {
		fmt.Println(j.ID, j.Tags[1])
	}
}

// Flags: --race
// Output:
// 0 done
// 1 done
// 2 done
