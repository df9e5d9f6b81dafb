package main

import "fmt"

type Namer interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string { return fmt.Sprint("base-", b.id) }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Base
	*Logger
}

func main() {
	s := Service{Base{7}, &Logger{"[svc] "}}
	var n Namer = s
	fmt.Println(n.Name())
	s.Log("started")
	s.prefix = "[new] "
	s.Logger.Log("renamed")
	var l interface{ Log(string) } = s
	l.Log("via interface")
	fmt.Printf("%T\n", n)
}

// Output:
// base-7
// [svc] started
// [new] renamed
// [new] via interface
// main.Service
