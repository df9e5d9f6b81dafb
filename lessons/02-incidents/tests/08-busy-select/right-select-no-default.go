// RIGHT: the runner blocks in a select with only the queue in it (no default): the select itself waits for a job or the close.
package main

func runner(jobs <-chan int, done chan<- int) {
	handled := 0
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				done <- handled
				return
			}
			handled += j
		}
	}
}
