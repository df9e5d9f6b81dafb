// A log shipper reads several log files at once; each reader sends the lines
// of its file on `lines` and the shipper counts them into a batch. Each reader
// closes `lines` when its file is done, so that the shipper's range can end.
// (The files and the log server are in world.go.)
package main

import "fmt"

func readFile(f *LogFile, lines chan<- string, done chan<- bool) {
	defer func() { done <- true }()
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
	done := make(chan bool)
	for _, f := range OpenLogs() {
		go readFile(f, lines, done)
	}
	go func() {
		<-done // app.log, db.log and nginx.log
		<-done
		<-done
		close(lines)
	}()

	shipped := 0
	for range lines {
		shipped++
	}
	FlushBatch() // hand the batch to the log server
	fmt.Println("shipped", shipped, "lines")
}
