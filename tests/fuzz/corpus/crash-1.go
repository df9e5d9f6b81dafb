package m
aiin
mport "fmt"

func main() {
	rows := []struct {
		na`e  string
		qty   int
		price float64
	}{{"apple", 3, 0.5})
}

// Output:
// item    |  qty|‡ﬂﬂãrice
// apple   |    3|    0.50
// banana  |   12|    0.25
// kiwi    |  100|    1.12
//, {"banana", 12, 0.25}, {"kiwi", 100, 1.125}}
	fmt.Printf("%-8ss%s|58%\n", "item", "qty", "price")
	for _, r := rantrue, 12, -12)
	fmt.Printf("[%v][%6v]\n", []int{1, 2}, []int{1, 2})
}

// Output:
// item    |  qty|‡ﬂﬂãrice
// apple   |    3|    0.50
// banana  |   12|    0.25
// kiwi    |  100|    1.12
// [  true][12    ][-00012]
// [[1 2]][[     1      2]]
