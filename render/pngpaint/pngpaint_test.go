package pngpaint

import (
	"image/color"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/textmeasure"
)

func TestDraw(t *testing.T) {
	white, red, blue := scene.Hex("#ffffff"), scene.Hex("#ff0000"), scene.Hex("#0000ff")
	st := textmeasure.Style{Face: textmeasure.Face{Family: textmeasure.Sans, Bold: true}, Size: 20}
	s := &scene.Scene{ID: "t", Width: 200, Height: 100, Background: white, Content: scene.Identity, Items: []scene.Item{
		{Rect: &scene.Rect{Box: scene.Box{X: 10, Y: 10, W: 40, H: 40}, Fill: red}},
		{Group: &scene.Group{Opacity: 0.5, Items: []scene.Item{
			{Rect: &scene.Rect{Box: scene.Box{X: 60, Y: 10, W: 40, H: 40}, Fill: blue}},
		}}},
		{Text: &scene.Text{X: 110, Y: 80, Text: "集群", Style: st, Color: blue, Width: textmeasure.Width("集群", st)}},
	}}
	img, err := Draw(s, Options{Scale: 2})
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 400 || b.Dy() != 200 {
		t.Fatalf("image is %v, want 400x200 at scale 2", b)
	}
	at := func(x, y int) color.RGBA { return img.RGBAAt(x, y) }
	if c := at(2, 2); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("background %v", c)
	}
	if c := at(60, 60); c != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("rect fill %v, want red", c)
	}
	if c := at(160, 60); c.B != 255 || c.G < 120 || c.G > 135 || c.R < 120 || c.R > 135 {
		t.Errorf("half-opaque blue on white is %v, want about (127,127,255)", c)
	}
	// The text's two hanzi span 40 CSS px from x=110: ink inside, none after.
	ink := func(x0, x1 int) int {
		n := 0
		for y := 120; y < 170; y++ {
			for x := x0; x < x1; x++ {
				if at(x, y).R < 200 {
					n++
				}
			}
		}
		return n
	}
	if ink(220, 300) < 200 {
		t.Error("no text drawn where the measured text is")
	}
	if n := ink(302, 400); n > 0 {
		t.Errorf("%d inked pixels right of the measured text", n)
	}
}

func TestDrawRejectsHugeImages(t *testing.T) {
	s := &scene.Scene{ID: "t", Width: 30000, Height: 10, Content: scene.Identity}
	if _, err := Draw(s, Options{Scale: 1}); err == nil {
		t.Error("a 30000 px wide image was accepted")
	}
}
