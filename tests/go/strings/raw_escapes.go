package main

import "fmt"

func main() {
	raw := `a\nb\t"c"`
	fmt.Println(raw, len(raw))
	multi := `line1
line2`
	fmt.Println(multi)
	fmt.Println("tab\there", "quote\"", "back\\slash")
	fmt.Println("\x41\102\u00e9\U0001F600")
	fmt.Printf("%q\n", "new\nline\t\x00")
	fmt.Printf("%q %q\n", 'x', '\n')
	fmt.Println(len("\u00e9"), len("\xe9"))
}

// Output:
// a\nb\t"c" 9
// line1
// line2
// tab	here quote" back\slash
// ABé😀
// "new\nline\t\x00"
// 'x' '\n'
// 2 1
