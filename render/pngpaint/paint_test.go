package pngpaint

import (
	"bytes"
	"image"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
)

// TestPaintOnDirtyBuffer checks that a reused pixel buffer leaves no trace:
// drawing onto a buffer full of garbage, and Paint after Paint of other
// pictures, give exactly what a drawing into a fresh image gives.
func TestPaintOnDirtyBuffer(t *testing.T) {
	box := func(w, h float64, bg, fill scene.Color) *scene.Scene {
		return &scene.Scene{ID: "t", Width: w, Height: h, Background: bg, Content: scene.Identity,
			Items: []scene.Item{{Rect: &scene.Rect{Box: scene.Box{X: 4, Y: 4, W: w / 2, H: h / 2}, Radius: 3, Fill: fill}}}}
	}
	white, black, red := scene.Hex("#ffffff"), scene.Hex("#000000"), scene.Hex("#d00000")
	scenes := []*scene.Scene{
		box(400, 300, black, red),
		box(120, 90, white, red),             // smaller: a reused, dirty buffer
		box(120, 90, scene.Transparent, red), // transparent background
		box(500, 320, white, black),          // larger: a new buffer
	}
	o := Options{Scale: 2}
	for i, s := range scenes {
		want, err := Draw(s, o)
		if err != nil {
			t.Fatal(err)
		}
		dirty := image.NewRGBA(want.Rect)
		for j := range dirty.Pix {
			dirty.Pix[j] = byte(j*7 + 0xab)
		}
		if err := drawOn(dirty, s, o); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(dirty.Pix, want.Pix) {
			t.Errorf("scene %d (%gx%g): drawn onto garbage, it differs from a fresh drawing", i, s.Width, s.Height)
		}
		got, err := Paint(s, o)
		if err != nil {
			t.Fatal(err)
		}
		wantPNG, err := Encode(want)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, wantPNG) {
			t.Errorf("scene %d (%gx%g): Paint differs from Encode(Draw)", i, s.Width, s.Height)
		}
	}
}
