// `created by` names the line of the go statement, not the line where a
// multi-line call's arguments end (issue 11 item 6).
package main

func main() {
	c := make(chan int)
	x := 1
	go func(a int,
		b int) {
		<-c
	}(x,
		2)
	go func() {
		<-c
	}(
	)
	<-c
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	created_by_multiline.go:17 +0x105
//
// goroutine 2 [chan receive]:
// main.main.func1(...)
// 	created_by_multiline.go:10 +0x1f
// created by main.main in goroutine 1
// 	created_by_multiline.go:8 +0xb2
//
// goroutine 3 [chan receive]:
// main.main.func2()
// 	created_by_multiline.go:14 +0x1f
// created by main.main in goroutine 1
// 	created_by_multiline.go:13 +0xef
