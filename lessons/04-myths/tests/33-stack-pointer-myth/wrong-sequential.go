// The account page shows a profile for each customer on it.
// The services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import "fmt"

// No goroutines, so nothing can point into another goroutine's stack.
func main() {
	for _, id := range Customers() {
		p := Profile{ID: id, Name: FetchName(id), Orders: FetchOrders(id)}
		fmt.Printf("customer %d: %s, %d orders\n", p.ID, p.Name, p.Orders)
	}
}
