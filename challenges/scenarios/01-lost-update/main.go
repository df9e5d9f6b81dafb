package main

import (
	"fmt"
	"sync"
)

// visits counts the page's visitors; each visit does visits++.
var visits int

func visit(wg *sync.WaitGroup) {
	defer wg.Done()
	visits++
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go visit(&wg)
	go visit(&wg)
	wg.Wait()
	fmt.Println("visits:", visits)
}
