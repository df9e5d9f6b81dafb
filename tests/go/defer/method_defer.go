package main

import "fmt"

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

type Val struct{ n int }

func (v Val) Show() { fmt.Println("val", v.n) }

func main() {
	a := &Res{"a"}
	defer a.Close()
	b := &Res{"b"}
	defer b.Close()
	a.name = "a2" // pointer receiver: the change is seen
	v := Val{1}
	defer v.Show() // value receiver copied at defer time
	v.n = 2
	fmt.Println("main")
}

// Output:
// main
// val 1
// close b
// close a2
