// The world of this lesson: the batch of uploads and the image library. You do
// not edit it. The grader starts it with other batches:
//
//	-uploads=800x600,1024x768,640,...   the sizes uploaded, "WxH" each
package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// UploadBatch returns the uploads to resize.
func UploadBatch() []string {
	batch := "800x600,1024x768,640,1920x1080,320x240,1280x720"
	for _, arg := range os.Args[1:] {
		if strings.HasPrefix(arg, "-uploads=") {
			batch = strings.TrimPrefix(arg, "-uploads=")
		}
	}
	return strings.Split(batch, ",")
}

// Resize halves an image "WxH", keeping its aspect ratio, and returns the new
// size. It trusts its input: a malformed size makes it panic.
func Resize(upload string) string {
	parts := strings.Split(upload, "x")
	w, _ := strconv.Atoi(parts[0])
	h, _ := strconv.Atoi(parts[1]) // "640" has no parts[1]
	newH := h / 2
	newW := newH * w / h // a zero height divides by zero
	time.Sleep(time.Duration(w/10) * time.Millisecond)
	return strconv.Itoa(newW) + "x" + strconv.Itoa(newH)
}
