package main

import "fmt"

type Pt struct{ X int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice sum ", x[0]+x[1])
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Pt:
		return fmt.Sprint("Pt ", x.X)
	case *Pt:
		return fmt.Sprint("*Pt ", x.X)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", []int{3, 4}, fmt.Errorf("bad"), Pt{5}, &Pt{6}, 2.5, true}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var x interface{} = 3
	switch x.(type) {
	case string:
		fmt.Println("str")
	default:
		fmt.Println("not str")
	}
}

// Output:
// nil
// integer 1 (int)
// integer 2 (int64)
// string of len 3
// slice sum 7
// error: bad
// Pt 5
// *Pt 6
// other float64
// other bool
// not str
