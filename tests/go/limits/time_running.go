// The virtual-time limit ends a program whose goroutine spins while main
// sleeps: the dump shows the spinning goroutine, the one running, as
// [running], at a line of its loop.
package main

import "time"

func spin() {
	x := 0
	for {
		x++
	}
}

func main() {
	go spin()
	time.Sleep(time.Hour)
}

// Flags: --max-time 1s
// Exit: 3
// Stderr:
// fatal error: gorolab: virtual time limit of 1s exceeded (raise it with --max-time)
//
// goroutine 2 [running]:
// main.spin()
// 	time_running.go:11
