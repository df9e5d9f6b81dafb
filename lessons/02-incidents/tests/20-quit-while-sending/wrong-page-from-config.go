// Builds the page from the stream's configuration, without reading the stream.
package main

import (
	"fmt"
	"sort"
)

func main() {
	var ns []int
	for n := range stream.errors {
		ns = append(ns, n)
	}
	sort.Ints(ns)
	var page []string
	for _, n := range ns {
		if len(page) < Wanted() {
			page = append(page, fmt.Sprintf("#%d ERROR %s", n, texts[n%len(texts)]))
		}
	}
	Page(page)
}
