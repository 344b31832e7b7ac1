package cli

import (
	"image"
	"image/color"
	"testing"
)

func TestPixelsClose(t *testing.T) {
	base := func() *image.RGBA {
		img := image.NewRGBA(image.Rect(0, 0, 200, 200))
		for i := range img.Pix {
			img.Pix[i] = 200
		}
		return img
	}
	a := base()
	tests := []struct {
		name  string
		edit  func(*image.RGBA) *image.RGBA
		close bool
	}{
		{"identical", func(b *image.RGBA) *image.RGBA { return b }, true},
		{"faint noise everywhere", func(b *image.RGBA) *image.RGBA {
			for i := range b.Pix {
				b.Pix[i] += 3
			}
			return b
		}, true},
		{"a few anti-aliasing pixels", func(b *image.RGBA) *image.RGBA {
			for x := 0; x < 16; x++ {
				b.Set(x, 7, color.RGBA{0, 0, 0, 255})
			}
			return b
		}, true},
		{"a changed label", func(b *image.RGBA) *image.RGBA {
			for x := 0; x < 40; x++ {
				for y := 0; y < 10; y++ {
					b.Set(x, y, color.RGBA{0, 0, 0, 255})
				}
			}
			return b
		}, false},
		{"another size", func(b *image.RGBA) *image.RGBA { return image.NewRGBA(image.Rect(0, 0, 200, 201)) }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := PixelsClose(a, tc.edit(base())); got != tc.close {
				t.Errorf("PixelsClose = %v, want %v", got, tc.close)
			}
		})
	}
}
