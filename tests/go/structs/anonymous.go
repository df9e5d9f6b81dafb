package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X)
	cfg := struct {
		Name  string
		Debug bool
	}{Name: "app"}
	fmt.Printf("%+v\n", cfg)
	tests := []struct {
		in   int
		want int
	}{{1, 2}, {2, 4}}
	for _, tc := range tests {
		fmt.Println(tc.in, tc.want, tc.in*2 == tc.want)
	}
	var empty struct{}
	fmt.Println(empty)
	set := map[string]struct{}{"a": {}}
	_, ok := set["a"]
	fmt.Println(ok, len(set))
}

// Output:
// {3 4} 3
// {Name:app Debug:false}
// 1 2 true
// 2 4 true
// {}
// true 1
