package pngpaint

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// TestEncodeRoundTrip checks that Encode's output decodes, with image/png,
// to exactly the pixels encoded: opaque images through our RGB encoder,
// translucent ones through image/png, sub-images with their offsets.
func TestEncodeRoundTrip(t *testing.T) {
	pattern := func(w, h int, alpha func(x, y int) uint8) *image.RGBA {
		m := image.NewRGBA(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				a := alpha(x, y)
				// premultiplied: colour channels never exceed alpha
				c := color.NRGBA{R: uint8(x * 37), G: uint8(y * 91), B: uint8(x*y + 7), A: a}
				m.Set(x, y, c)
			}
		}
		return m
	}
	opaque := func(x, y int) uint8 { return 0xff }
	big := pattern(300, 200, opaque)
	tests := []struct {
		name     string
		img      *image.RGBA
		wantRGB  bool // written by our RGB encoder, not image/png
		minIDATs int
	}{
		{"1x1", pattern(1, 1, opaque), true, 1},
		{"odd size", pattern(7, 3, opaque), true, 1},
		{"larger than one IDAT chunk", pattern(700, 300, opaque), true, 2},
		{"sub-image", big.SubImage(image.Rect(13, 17, 211, 100)).(*image.RGBA), true, 1},
		{"one translucent pixel", pattern(9, 9, func(x, y int) uint8 {
			if x == 8 && y == 8 {
				return 0x80
			}
			return 0xff
		}), false, 1},
		{"transparent", pattern(4, 4, func(x, y int) uint8 { return 0 }), false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := Encode(tt.img)
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := png.DecodeConfig(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if rgb := cfg.ColorModel == color.RGBAModel && data[25] == 2; rgb != tt.wantRGB {
				t.Errorf("written as RGB: %v, want %v (colour type %d)", rgb, tt.wantRGB, data[25])
			}
			if n := bytes.Count(data, []byte("IDAT")); n < tt.minIDATs {
				t.Errorf("%d IDAT chunks, want at least %d", n, tt.minIDATs)
			}
			got, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			b := tt.img.Bounds()
			if got.Bounds().Dx() != b.Dx() || got.Bounds().Dy() != b.Dy() {
				t.Fatalf("decoded size %v, want %v", got.Bounds().Size(), b.Size())
			}
			for y := 0; y < b.Dy(); y++ {
				for x := 0; x < b.Dx(); x++ {
					want := color.NRGBAModel.Convert(tt.img.At(b.Min.X+x, b.Min.Y+y))
					have := color.NRGBAModel.Convert(got.At(got.Bounds().Min.X+x, got.Bounds().Min.Y+y))
					if want != have {
						t.Fatalf("pixel (%d,%d) is %v, want %v", x, y, have, want)
					}
				}
			}
		})
	}
}
