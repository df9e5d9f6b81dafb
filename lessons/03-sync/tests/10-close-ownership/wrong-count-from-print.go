// WRONG: main reads how many lines will come from a printed LogFile (fmt shows a struct's fields, private ones too), receives exactly that many, then closes `lines`: the count is the world's, not the shipper's.
// A log shipper reads several log files at once; each reader sends the lines
// of its file on `lines` and the shipper counts them into a batch. Each reader
// closes `lines` when its file is done, so that the shipper's range can end.
// (The files and the log server are in world.go.)
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func readFile(f *LogFile, lines chan<- string) {
	for {
		line, ok := f.ReadLine()
		if !ok {
			return
		}
		lines <- line
	}
}

func main() {
	lines := make(chan string)
	expected := 0
	for _, f := range OpenLogs() {
		// printed, a file shows its fields: {name size read delay}
		fields := strings.Fields(strings.Trim(fmt.Sprint(*f), "{}"))
		if len(fields) > 1 {
			size, _ := strconv.Atoi(fields[1])
			expected += size
		}
		go readFile(f, lines)
	}

	shipped := 0
	for shipped < expected {
		<-lines
		shipped++
	}
	close(lines) // every line announced by the sizes has come
	FlushBatch() // hand the batch to the log server
	fmt.Println("shipped", shipped, "lines")
}
