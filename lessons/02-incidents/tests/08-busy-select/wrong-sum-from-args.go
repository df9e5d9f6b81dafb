// WRONG: the runner blocks on the queue as it should but adds up nothing; it works the sum out from the world's flags (os.Args).
// A job runner takes jobs from a queue and adds them up. world.go feeds
// the queue: by default ten jobs, one every 10ms. The runner must never
// block, so its select has a default.
package main

import (
	"os"
	"strconv"
	"strings"
)

// runner adds up the jobs until the queue is closed, then sends the sum on done.
func runner(jobs <-chan int, done chan<- int) {
	for range jobs { // taken, not counted
	}
	n, start, step := 10, 1, 1
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "jobs":
			n, _ = strconv.Atoi(v)
		case "start":
			start, _ = strconv.Atoi(v)
		case "step":
			step, _ = strconv.Atoi(v)
		}
	}
	sum := 0
	for j := 0; j < n; j++ {
		sum += start + j*step
	}
	done <- sum
}
