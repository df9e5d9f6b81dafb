package main

func f(in <-chan int, out chan<- int) {
	in <- 1
	<-out
	close(in)
	for range out {
	}
	x := 3
	x <- 1
	<-x
	var c chan int
	c <- "s"
	select {
	case in <- 2:
	}
}

func main() {}

// Exit: 1
// Stderr:
// chan_errors.go:4:2: invalid operation: cannot send to receive-only channel in (variable of type <-chan int)
// chan_errors.go:5:4: invalid operation: cannot receive from send-only channel out (variable of type chan<- int)
// chan_errors.go:6:8: invalid operation: cannot close receive-only channel in (variable of type <-chan int)
// chan_errors.go:7:12: cannot range over out (variable of type chan<- int) (receive from send-only channel)
// chan_errors.go:10:2: invalid operation: cannot send to non-channel x (variable of type int)
// chan_errors.go:11:4: invalid operation: cannot receive from non-channel x (variable of type int)
// chan_errors.go:13:7: cannot use "s" (untyped string constant) as int value in send
// chan_errors.go:15:7: invalid operation: cannot send to receive-only channel in (variable of type <-chan int)
