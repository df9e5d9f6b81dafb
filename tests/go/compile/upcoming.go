package main

import (
	"fmt"
	"sync"
)

func Map(xs []int, f func(int) int) []int { return nil }

func Sum[T any](xs []T) T { // ERROR "generic functions are not in gorolab's Go subset"
	var s T
	return s
}

func main() {
	var wg sync.WaitGroup
	fmt.Println(wg, Map(nil, nil))
}
