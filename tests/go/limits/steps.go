// An endless loop stops at the step limit, with a hint to raise it.
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
// 	steps.go:5 +0x0
