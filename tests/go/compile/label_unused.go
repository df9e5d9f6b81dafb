package main

func main() {
outer: // ERROR "label outer defined and not used"
	for {
		break
	}
}
