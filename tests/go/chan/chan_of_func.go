// A channel of funcs: jobs are closures run, in order, by one worker (each
// closure has its own i, as since Go 1.22; Go 1.19 printed "job 3" twice).
package main

import "fmt"

func main() {
	jobs := make(chan func() string)
	results := make(chan string)
	go func() {
		for job := range jobs {
			results <- job()
		}
		close(results)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- func() string { return fmt.Sprint("job ", i, " ran") }
		}
		close(jobs)
	}()
	for r := range results {
		fmt.Println(r)
	}
}

// Output:
// job 1 ran
// job 2 ran
// job 3 ran
