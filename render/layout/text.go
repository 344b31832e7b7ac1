package layout

import (
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// sans and bold are shorthands for the two sans styles at a size.
func sans(size float64) textmeasure.Style {
	return textmeasure.Style{Face: textmeasure.Face{Family: textmeasure.Sans}, Size: size}
}

func bold(size float64) textmeasure.Style {
	return textmeasure.Style{Face: textmeasure.Face{Family: textmeasure.Sans, Bold: true}, Size: size}
}

func mono(size float64) textmeasure.Style {
	return textmeasure.Style{Face: textmeasure.Face{Family: textmeasure.Mono}, Size: size}
}

// TextItem makes a one-line text item with its measured width. within is
// the box the text must stay inside.
func TextItem(x, baseline float64, anchor scene.Anchor, s string, st textmeasure.Style, c scene.Color, within scene.Box) scene.Item {
	return scene.Item{Text: &scene.Text{
		X: x, Y: baseline, Anchor: anchor, Text: s, Style: st, Color: c,
		Width: textmeasure.Width(s, st), Within: within,
	}}
}

// LineHeight is the distance between baselines of wrapped lines.
func LineHeight(st textmeasure.Style, multiple float64) float64 {
	return st.Size * multiple
}

// TextBlockHeight is the height of n lines: the em box of one line plus
// the line gaps of the rest.
func TextBlockHeight(n int, st textmeasure.Style, multiple float64) float64 {
	if n == 0 {
		return 0
	}
	m := textmeasure.Extents(st)
	return m.EmTop + m.EmBottom + float64(n-1)*LineHeight(st, multiple)
}

// TextBlock places lines of text whose em-box block starts at top; it
// returns the items and the height used.
func TextBlock(x, top float64, anchor scene.Anchor, lines []string, st textmeasure.Style, multiple float64, c scene.Color, within scene.Box) ([]scene.Item, float64) {
	m := textmeasure.Extents(st)
	items := make([]scene.Item, 0, len(lines))
	for i, l := range lines {
		baseline := top + m.EmTop + float64(i)*LineHeight(st, multiple)
		items = append(items, TextItem(x, baseline, anchor, l, st, c, within))
	}
	return items, TextBlockHeight(len(lines), st, multiple)
}

// Translate moves items by (dx, dy) in place, descending into groups.
func Translate(items []scene.Item, dx, dy float64) {
	mv := func(p *scene.Point) { p.X += dx; p.Y += dy }
	mvBox := func(b *scene.Box) { b.X += dx; b.Y += dy }
	scene.Walk(items, func(it *scene.Item) {
		switch {
		case it.Rect != nil:
			mvBox(&it.Rect.Box)
		case it.Path != nil:
			for i := range it.Path.Segments {
				for j := range it.Path.Segments[i].Pts {
					mv(&it.Path.Segments[i].Pts[j])
				}
			}
		case it.Text != nil:
			it.Text.X += dx
			it.Text.Y += dy
			mvBox(&it.Text.Within)
		case it.Icon != nil:
			mvBox(&it.Icon.Box)
		}
	})
}
