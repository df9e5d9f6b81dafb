// Goroutines spawned forever stop at the goroutine limit.
package main

func main() {
	block := make(chan int)
	for {
		go func() { <-block }()
	}
}

// Flags: --max-goroutines 100
// Exit: 3
// Stderr:
// fatal error: gorolab: goroutine limit of 100 exceeded (raise it with --max-goroutines)
//
// goroutine 1 [running]:
// main.main()
// 	goroutines.go:7 +0x18
