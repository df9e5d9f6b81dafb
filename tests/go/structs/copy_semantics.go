package main

import "fmt"

type Team struct {
	Name    string
	Members []string
	Scores  [2]int
}

func rename(t Team) { t.Name = "changed"; t.Members[0] = "shared" }

func main() {
	a := Team{"A", []string{"ann", "bo"}, [2]int{1, 2}}
	b := a
	b.Name = "B"
	b.Scores[0] = 100
	b.Members[1] = "BO"
	fmt.Println(a)
	fmt.Println(b)
	rename(a)
	fmt.Println(a.Name, a.Members)
}

// Output:
// {A [ann BO] [1 2]}
// {B [ann BO] [100 2]}
// A [shared BO]
