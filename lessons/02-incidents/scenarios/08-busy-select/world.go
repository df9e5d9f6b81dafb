// The world of this lesson (you do not edit it): the queue feeding the
// runner. Its flags have the story's values by default:
//
//	-jobs=10       how many jobs arrive
//	-every=10ms    the wait before each job; a comma-separated list is
//	               used in turn (e.g. 0s,0s,300ms: bursts of three)
//	-start=1       the first job's value
//	-step=1        each job is worth step more than the one before
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

func main() {
	n, start, step := 10, 1, 1
	gaps := []time.Duration{10 * time.Millisecond}
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "jobs":
			n = atoi(k, v)
		case "start":
			start = atoi(k, v)
		case "step":
			step = atoi(k, v)
		case "every":
			gaps = gaps[:0]
			for _, s := range strings.Split(v, ",") {
				d, err := time.ParseDuration(s)
				if err != nil {
					fmt.Println("world: -every:", err)
					os.Exit(2)
				}
				gaps = append(gaps, d)
			}
		default:
			fmt.Println("world: unknown flag", a)
			os.Exit(2)
		}
	}

	jobs := make(chan int)
	done := make(chan int)
	go runner(jobs, done)

	for j := 0; j < n; j++ {
		time.Sleep(gaps[j%len(gaps)])
		jobs <- start + j*step
	}
	close(jobs)
	fmt.Println("handled", <-done)
}

func atoi(k, v string) int {
	n, err := strconv.Atoi(v)
	if err != nil {
		fmt.Println("world: -"+k+":", err)
		os.Exit(2)
	}
	return n
}
