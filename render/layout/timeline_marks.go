package layout

import (
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// interval draws a span as a bar on the track; overflow reports a label
// that does not fit the bar and must become a callout.
func (l *timelineLayout) interval(iv spec.Interval, laneRole string, trackY float64) ([]scene.Item, bool) {
	th := l.th
	rc := th.Role(firstRole(iv.Role, laneRole))
	const h = 26
	x0, x1 := l.sc.X(iv.From), l.sc.X(iv.To)
	box := scene.Box{X: x0, Y: trackY - h/2, W: x1 - x0, H: h}
	items := []scene.Item{{Rect: &scene.Rect{Box: box, Radius: 5, Fill: rc.Tint,
		Stroke: scene.Stroke{Color: rc.Accent, Width: 1.4, Dash: dashFor(iv.Style, 1.4)}}}}
	label := iv.Label.In(l.o.Lang)
	if label == "" {
		return items, false
	}
	// The label goes in the first stretch of the bar, between breaks and
	// threshold lines, that holds it.
	w := textmeasure.Width(label, l.intervalSt)
	var best [2]float64
	found := false
	for _, p := range l.sc.visiblePieces(iv.From, iv.To) {
		for _, q := range splitAt(p, l.thresholdXs(), 3) {
			if !found && q[1]-q[0] >= w+16 {
				best, found = q, true
			}
		}
	}
	if !found {
		return items, true
	}
	within := scene.Box{X: best[0] + 4, Y: box.Y, W: best[1] - best[0] - 8, H: h}
	items = append(items, TextItem(best[0]+8, textmeasure.BaselineFor(trackY, l.intervalSt), scene.Start, label, l.intervalSt, rc.Ink, within))
	return items, false
}

// splitAt cuts the stretch p at each x, leaving margin on either side.
func splitAt(p [2]float64, xs []float64, margin float64) [][2]float64 {
	out := [][2]float64{p}
	for _, x := range xs {
		last := out[len(out)-1]
		if x <= last[0] || x >= last[1] {
			continue
		}
		out[len(out)-1] = [2]float64{last[0], x - margin}
		out = append(out, [2]float64{x + margin, last[1]})
	}
	return out
}

// eventMark draws one occurrence: a dot, a tick or a diamond, hollow and
// crossed out when missed.
func eventMark(m spec.EventMarker, missed bool, c scene.Point, r float64, rc theme.RoleColors, th *theme.Theme) []scene.Item {
	fill, stroke := rc.Accent, scene.Stroke{Color: th.Background, Width: 1}
	if missed {
		fill, stroke = th.Background, scene.Stroke{Color: rc.Accent, Width: 1.5}
	}
	var items []scene.Item
	switch m {
	case spec.EventTick:
		st := scene.Stroke{Color: rc.Accent, Width: 2.2}
		if missed {
			st.Dash = []float64{2, 2}
		}
		items = append(items, scene.Item{Path: &scene.Path{
			Segments: scene.Polyline(scene.Point{X: c.X, Y: c.Y - r*1.4}, scene.Point{X: c.X, Y: c.Y + r*1.4}), Stroke: st}})
		return items
	case spec.EventDiamond:
		items = append(items, scene.Item{Path: &scene.Path{Segments: scene.Polygon(
			scene.Point{X: c.X, Y: c.Y - r*1.25}, scene.Point{X: c.X + r*1.25, Y: c.Y},
			scene.Point{X: c.X, Y: c.Y + r*1.25}, scene.Point{X: c.X - r*1.25, Y: c.Y}), Fill: fill, Stroke: stroke}})
	default:
		items = append(items, scene.Item{Path: &scene.Path{
			Segments: scene.Ellipse(scene.Box{X: c.X - r, Y: c.Y - r, W: 2 * r, H: 2 * r}), Fill: fill, Stroke: stroke}})
	}
	if missed {
		a := r * 0.5
		cross := scene.Stroke{Color: rc.Accent, Width: 1.3}
		items = append(items,
			scene.Item{Path: &scene.Path{Segments: scene.Polyline(scene.Point{X: c.X - a, Y: c.Y - a}, scene.Point{X: c.X + a, Y: c.Y + a}), Stroke: cross}},
			scene.Item{Path: &scene.Path{Segments: scene.Polyline(scene.Point{X: c.X - a, Y: c.Y + a}, scene.Point{X: c.X + a, Y: c.Y - a}), Stroke: cross}})
	}
	return items
}
