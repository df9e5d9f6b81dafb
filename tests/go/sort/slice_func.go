package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people[0], people[1])
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	byAge := []Person{{"e", 2}, {"a", 1}, {"d", 2}, {"b", 1}, {"c", 2}}
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age })
	fmt.Println(byAge)
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}

// Output:
// {Carol 35} {Alice 30}
// [{Alice 30} {Bob 25} {Carol 35} {Dan 25}]
// [{a 1} {b 1} {e 2} {d 2} {c 2}]
// [a bb ccc dddd]
