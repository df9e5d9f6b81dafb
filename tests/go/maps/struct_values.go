package main

import "fmt"

type User struct {
	Name string
	Age  int
}

type Key struct {
	X, Y int
}

func main() {
	users := map[string]User{"bob": {"Bob", 30}}
	u := users["bob"]
	u.Age++
	users["bob"] = u
	fmt.Println(users)
	ptrs := map[string]*User{"al": {"Al", 5}}
	ptrs["al"].Age = 6
	fmt.Println(*ptrs["al"])
	grid := map[Key]string{}
	grid[Key{1, 2}] = "a"
	grid[Key{0, 0}] = "o"
	fmt.Println(grid[Key{1, 2}], len(grid), grid)
	_, ok := grid[Key{2, 1}]
	fmt.Println(ok)
}

// Output:
// map[bob:{Bob 31}]
// {Al 6}
// a 2 map[{0 0}:o {1 2}:a]
// false
