package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d", 1, 3)
	fmt.Println()
	fmt.Printf("%s\n", 5)
	fmt.Printf("%z\n", 1)
	fmt.Printf("%t\n", 1)
	fmt.Printf("no verbs", "x", 2)
	fmt.Println()
	fmt.Printf("%!\n")
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("trailing %")
	fmt.Println()
}

// Output:
// %!d(string=hi)
// 1 %!d(MISSING)
// 1%!(EXTRA int=3)
// %!s(int=5)
// %!z(int=1)
// %!t(int=1)
// no verbs%!(EXTRA string=x, int=2)
// %!!(MISSING)
// 50%
// %!s(<nil>)
// %!d(<nil>)
// trailing %!(NOVERB)
