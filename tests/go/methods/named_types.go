package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Words []string
type Set map[string]bool
type Op func(int, int) int

func (c Celsius) F() float64    { return float64(c)*9/5 + 32 }
func (w Words) Joined() string  { return strings.Join(w, "+") }
func (s Set) Add(k string)      { s[k] = true }
func (o Op) Apply(a, b int) int { return o(a, b) }
func (w *Words) Push(s string)  { *w = append(*w, s) }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	fmt.Println(Celsius(100).F())
	w := Words{"a", "b"}
	w.Push("c")
	fmt.Println(w.Joined(), len(w))
	s := Set{}
	s.Add("x")
	fmt.Println(s)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
	fmt.Println(MyInt(21).Double())
	var m MyInt = 4
	fmt.Printf("%v %T\n", m.Double().Double(), m)
}

// Output:
// 212
// a+b+c 3
// map[x:true]
// 5
// 42
// 16 main.MyInt
