// An endless loop stops at the step limit (not a time slice later), with a
// hint to raise it; its stack shows a line of the loop.
package main

func main() {
	n := 0
	for {
		n++
	}
}

// Flags: --max-steps 100000
// Exit: 3
// Stderr:
// fatal error: gorolab: step limit of 100000 instructions exceeded (raise it with --max-steps)
//
// goroutine 1 [running]:
// main.main()
// 	steps.go:8
