package main

type Level int

func (l Level) String() string { return "level-" + string(rune('0'+l)) }

func main() {
	panic(Level(3))
}

// Output:
// Exit: 2
// Stderr:
// panic: level-3
//
// goroutine 1 [running]:
// main.main()
// 	stringer_value.go:8 +0x27
