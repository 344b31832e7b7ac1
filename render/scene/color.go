package scene

import (
	"fmt"
	"strconv"
)

// Color is an sRGB colour with alpha. Being a typed value, it can only ever
// print as #rrggbb plus an opacity, which is what makes it safe to write
// into markup unescaped.
type Color struct{ R, G, B, A uint8 }

// Transparent is the zero colour: nothing is painted.
var Transparent = Color{}

// Hex parses "#rrggbb" or "#rrggbbaa". It panics on malformed input: colours
// come from theme data written in code, so a bad one is a programmer error.
func Hex(s string) Color {
	c, err := ParseHex(s)
	if err != nil {
		panic(err)
	}
	return c
}

// ParseHex parses "#rrggbb" or "#rrggbbaa".
func ParseHex(s string) (Color, error) {
	if len(s) != 7 && len(s) != 9 || s[0] != '#' {
		return Color{}, fmt.Errorf("colour %q: want #rrggbb or #rrggbbaa", s)
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return Color{}, fmt.Errorf("colour %q: %w", s, err)
	}
	if len(s) == 7 {
		return Color{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}, nil
	}
	return Color{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}, nil
}

// RGBHex is the colour as "#rrggbb", without alpha.
func (c Color) RGBHex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// Opacity is the alpha as a fraction.
func (c Color) Opacity() float64 { return float64(c.A) / 255 }

// IsVisible reports whether painting with c shows anything.
func (c Color) IsVisible() bool { return c.A > 0 }

// WithAlpha returns c with alpha a (0-255).
func (c Color) WithAlpha(a uint8) Color { c.A = a; return c }

// Mix blends c toward o by t (0 keeps c, 1 gives o), alpha included.
func (c Color) Mix(o Color, t float64) Color {
	m := func(a, b uint8) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*t + 0.5) }
	return Color{m(c.R, o.R), m(c.G, o.G), m(c.B, o.B), m(c.A, o.A)}
}

func (c Color) String() string {
	if c.A == 255 {
		return c.RGBHex()
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A)
}

// MarshalJSON writes the colour as a hex string.
func (c Color) MarshalJSON() ([]byte, error) { return []byte(`"` + c.String() + `"`), nil }
