package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z)
	fmt.Printf("%v %+v\n", p, q)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Label: "box"}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	r.Max.X = 10
	fmt.Println(r.Max.X - r.Min.X)
	fmt.Println(p == Point{1, 2}, p != q)
	pts := []Point{{1, 1}, {2, 2}}
	fmt.Println(pts)
}

// Output:
// {1 2} {0 5} {0 0}
// {1 2} {X:0 Y:5}
// {{0 0} {3 4} box}
// {Min:{X:0 Y:0} Max:{X:3 Y:4} Label:box}
// 10
// true true
// [{1 1} {2 2}]
