package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func drain(s *Stack, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += s.Pop()
	}
	return total
}

func main() {
	s := &Stack{items: []int{1, 2}}
	fmt.Println(drain(s, 3))
}

// Output:
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [-1]
//
// goroutine 1 [running]:
// main.(*Stack).Pop(...)
// 	nested_frames.go:10
// main.drain(...)
// 	nested_frames.go:18
// main.main()
// 	nested_frames.go:25 +0xe5
