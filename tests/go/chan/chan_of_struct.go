// Sending a struct copies it; chan struct{} carries only the event.
package main

import "fmt"

type order struct {
	id    int
	items []string
	total float64
}

func main() {
	orders := make(chan order, 1)
	o := order{id: 1, items: []string{"tea"}, total: 3.5}
	orders <- o
	o.id = 99           // the copy in the channel keeps id 1
	o.items[0] = "milk" // but the slice's array is shared
	got := <-orders
	fmt.Printf("%+v\n", got)

	ready := make(chan struct{})
	go func() {
		fmt.Println("worker set up")
		ready <- struct{}{}
	}()
	<-ready
	fmt.Println("main saw ready")

	ptrs := make(chan *order, 1)
	ptrs <- &o
	(<-ptrs).total = 10
	fmt.Println(o.total)
}

// Output:
// {id:1 items:[milk] total:3.5}
// worker set up
// main saw ready
// 10
