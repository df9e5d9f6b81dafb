// The world of this lesson: the customer service and the order service.
// Do not edit it; fix main.go. The grader starts it with other customers
// and latencies (the defaults are the story's):
//
//	-customers=101:ana:3,102:ben:0,103:chen:12   id:name:orders, in page order
//	-latency=10ms                                base latency of both services
package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// A Profile is what the page shows for one customer.
type Profile struct {
	ID     int
	Name   string
	Orders int
}

type crmWorld struct {
	ids     []int
	names   map[int]string
	orders  map[int]int
	latency time.Duration
}

var crm = openCRM(os.Args[1:])

func openCRM(args []string) crmWorld {
	w := crmWorld{names: map[int]string{}, orders: map[int]int{}, latency: 10 * time.Millisecond}
	spec := "101:ana:3,102:ben:0,103:chen:12"
	for _, a := range args {
		key, val, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch key {
		case "customers":
			spec = val
		case "latency":
			w.latency, _ = time.ParseDuration(val)
		}
	}
	for _, item := range strings.Split(spec, ",") {
		parts := strings.Split(item, ":")
		id, _ := strconv.Atoi(parts[0])
		n, _ := strconv.Atoi(parts[2])
		w.ids = append(w.ids, id)
		w.names[id] = parts[1]
		w.orders[id] = n
	}
	return w
}

// Customers returns the ids of the customers on the page, in order.
func Customers() []int {
	return append([]int(nil), crm.ids...)
}

// FetchName asks the customer service for a customer's name.
func FetchName(id int) string {
	time.Sleep(crm.latency * time.Duration(1+id%3))
	return crm.names[id]
}

// FetchOrders asks the order service how many orders a customer placed.
func FetchOrders(id int) int {
	time.Sleep(crm.latency * time.Duration(1+(id+1)%2))
	return crm.orders[id]
}
