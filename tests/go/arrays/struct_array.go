package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	var inv [3]Item
	inv[0] = Item{"apple", 3}
	inv[1].Name = "pear"
	inv[1].Count++
	fmt.Println(inv)
	fmt.Printf("%+v\n", inv[0])
	copyInv := inv
	copyInv[0].Count = 50
	fmt.Println(inv[0].Count, copyInv[0].Count)
	for _, it := range inv {
		it.Count = 1000
	}
	fmt.Println(inv[0].Count)
	for i := range inv {
		inv[i].Count += 10
	}
	fmt.Println(inv)
	sl := inv[:2]
	sl[0].Name = "APPLE"
	fmt.Println(inv[0].Name)
}

// Output:
// [{apple 3} {pear 1} { 0}]
// {Name:apple Count:3}
// 3 50
// 3
// [{apple 13} {pear 11} { 10}]
// APPLE
