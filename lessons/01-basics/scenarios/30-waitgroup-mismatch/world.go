// The world of this lesson (you do not edit it): the batch of images and
// the image library. The flags have the story's values by default:
//
//	-images=beach.jpg,cat.jpg,...  the batch
//	-broken=menu.png,scan.png      images the library cannot decode
//	-err=corrupt image data        the error it returns for them
//	-latency=40ms                  one resize takes latency + latency/4*(i%4)
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

var library = struct {
	images  []string
	broken  map[string]bool
	err     string
	latency time.Duration
}{
	images:  strings.Split("beach.jpg,cat.jpg,dog.png,forest.jpg,menu.png,portrait.jpg,scan.png,sunset.jpg", ","),
	broken:  map[string]bool{"menu.png": true, "scan.png": true},
	err:     "corrupt image data",
	latency: 40 * time.Millisecond,
}

// Batch returns the names of the images to resize.
func Batch() []string {
	return append([]string(nil), library.images...)
}

// Resize makes the thumbnail of an image and returns its name.
func Resize(image string) (string, error) {
	i := 0
	for j, name := range library.images {
		if name == image {
			i = j
		}
	}
	time.Sleep(library.latency + library.latency/4*time.Duration(i%4))
	if library.broken[image] {
		return "", errors.New(library.err)
	}
	base, _, _ := strings.Cut(image, ".")
	return base + "_thumb.jpg", nil
}

func init() {
	for _, a := range os.Args[1:] {
		k, v, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch k {
		case "images":
			library.images = strings.Split(v, ",")
		case "broken":
			library.broken = map[string]bool{}
			for _, name := range strings.Split(v, ",") {
				if name != "" {
					library.broken[name] = true
				}
			}
		case "err":
			library.err = v
		case "latency":
			d, err := time.ParseDuration(v)
			if err != nil {
				fmt.Println("world: -latency:", err)
				os.Exit(2)
			}
			library.latency = d
		default:
			fmt.Println("world: unknown flag", a)
			os.Exit(2)
		}
	}
}
