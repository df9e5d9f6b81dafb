package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	switch day := 6; day {
	case 0, 6:
		fmt.Println("weekend")
	case 1, 2, 3, 4, 5:
		fmt.Println("weekday")
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
		fallthrough
	case 4:
		fmt.Println("four (fallthrough)")
	case 5:
		fmt.Println("five")
	}
	switch {
	}
	s := "go"
	switch s + "!" {
	case "go!":
		fmt.Println("matched expr")
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i", i)
		}
	}
	switch f := 1.5; {
	case f > 1:
		fmt.Println("big")
	}
}

// Output:
// A B C
// weekend
// two
// three (fallthrough)
// four (fallthrough)
// matched expr
// i 0
// i 2
// big
