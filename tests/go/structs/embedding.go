package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Bark() string { return d.Name + " barks" }

type Loud struct {
	Dog
}

func (l Loud) Speak() string { return "LOUD " + l.Dog.Speak() }

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Name, d.Animal.Name, d.Breed)
	fmt.Println(d.Speak())
	fmt.Println(d.Bark())
	d.Rename("Max")
	fmt.Println(d.Name)
	fmt.Println(d)
	fmt.Printf("%+v\n", d)
	l := Loud{d}
	fmt.Println(l.Speak())
	fmt.Println(l.Name, l.Bark())
}

// Output:
// Rex Rex lab
// Rex makes a sound
// Rex barks
// Max
// {{Max} lab}
// {Animal:{Name:Max} Breed:lab}
// LOUD Max makes a sound
// Max Max barks
