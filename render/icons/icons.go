// Package icons draws kubefig's icons as vector paths in code: one family of
// clean line icons in a 24×24 design box, in the Kubernetes icon language
// where it is recognisable (the pod as a cube, the API server as a helm
// wheel in a heptagon, etcd as a cylinder, kubectl as a prompt).
//
// Icons are coloured by the caller: accent for strokes and solid parts,
// tint for inner fills. Layout resolves them into scene.Icon shapes, so
// painters need no icon package.
package icons

import (
	"sort"

	"github.com/kubefig/kubefig/render/scene"
)

// StrokeWidth is the width of every icon outline, in design units.
const StrokeWidth = 1.8

// Size is the side of the design box.
const Size = 24

// Get returns the shapes of the named icon in a 24×24 design box, coloured
// with accent (strokes and main fills) and tint (inner fills / background),
// or false when there is no such icon.
func Get(name string, accent, tint scene.Color) ([]scene.IconShape, bool) {
	draw, ok := registry[name]
	if !ok {
		return nil, false
	}
	return draw(pen{accent, tint}), true
}

// Has reports whether there is an icon of the name, without drawing it.
func Has(name string) bool {
	_, ok := registry[name]
	return ok
}

// Names lists every icon name, sorted.
func Names() []string {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// registry maps each name to the function that draws it; kinds.go and
// extra.go fill it.
var registry = map[string]func(pen) []scene.IconShape{}

func register(name string, draw func(pen) []scene.IconShape) {
	if _, dup := registry[name]; dup {
		panic("icons: " + name + " registered twice")
	}
	registry[name] = draw
}

// pen colours the shapes of one icon.
type pen struct{ accent, tint scene.Color }

// line strokes the segments (any number of open or closed subpaths) in the
// accent colour, with no fill.
func (p pen) line(parts ...[]scene.Segment) scene.IconShape {
	return scene.IconShape{Segments: cat(parts...), Stroke: scene.Stroke{Color: p.accent, Width: StrokeWidth}}
}

// body fills one closed outline with the tint and strokes it in the accent
// colour: the main mass of an icon, which also hides what lies behind it.
func (p pen) body(segs []scene.Segment) scene.IconShape {
	return scene.IconShape{Segments: segs, Fill: p.tint, Stroke: scene.Stroke{Color: p.accent, Width: StrokeWidth}}
}

// solid fills the outlines with the accent colour: dots, small blocks.
func (p pen) solid(parts ...[]scene.Segment) scene.IconShape {
	return scene.IconShape{Segments: cat(parts...), Fill: p.accent}
}

// dashed strokes the outline dashed, over a tint fill.
func (p pen) dashed(segs []scene.Segment, on, off float64) scene.IconShape {
	return scene.IconShape{Segments: segs, Fill: p.tint, Stroke: scene.Stroke{Color: p.accent, Width: StrokeWidth, Dash: []float64{on, off}}}
}

func shapes(s ...scene.IconShape) []scene.IconShape { return s }
