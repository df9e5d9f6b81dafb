// An image service resizes a batch of uploads with three workers. Each
// upload is "WxH"; one of them is malformed. (The batch and the image
// library's Resize are in world.go.)
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func main() {
	var done []string
	for _, u := range UploadBatch() {
		parts := strings.Split(u, "x")
		if len(parts) != 2 {
			done = append(done, u+" -> failed: malformed size")
			continue
		}
		w, _ := strconv.Atoi(parts[0])
		h, _ := strconv.Atoi(parts[1])
		if h == 0 {
			done = append(done, u+" -> failed: malformed size")
			continue
		}
		done = append(done, u+" -> "+strconv.Itoa(h/2*w/h)+"x"+strconv.Itoa(h/2))
	}
	sort.Strings(done)
	fmt.Println(strings.Join(done, "\n"))
}
