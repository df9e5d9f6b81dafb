// WRONG: the reader of the last file closes `lines`, because in the story
// the last file is the biggest and finishes last: a fix for the one known input.
// A log shipper reads several log files at once; each reader sends the lines
// of its file on `lines` and the shipper counts them into a batch. Each reader
// closes `lines` when its file is done, so that the shipper's range can end.
// (The files and the log server are in world.go.)
package main

import "fmt"

func readFile(f *LogFile, lines chan<- string, last bool) {
	if last {
		defer close(lines) // nginx.log is the biggest, and it is opened last
	}
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
	files := OpenLogs()
	for i, f := range files {
		go readFile(f, lines, i == len(files)-1)
	}

	shipped := 0
	for range lines {
		shipped++
	}
	FlushBatch() // hand the batch to the log server
	fmt.Println("shipped", shipped, "lines")
}
