package layout

import (
	"strings"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// drawRow draws a planned row in row coordinates: the string's parts in
// their colours, then each annotation as a group of bracket, leader and
// label.
func (p *anRow) drawRow(st anStyles, o Options) []scene.Item {
	m := textmeasure.Extents(st.str)
	strBox := scene.Box{X: -1, Y: -1, W: p.width() + 2, H: p.emH + 2}
	var items []scene.Item
	for i, part := range p.row.Parts {
		if strings.TrimSpace(part.Text) == "" {
			continue
		}
		items = append(items, TextItem(p.xs[i], m.EmTop, scene.Start, part.Text, st.str, glyphColor(part, o), strBox))
	}
	for _, mk := range p.marks {
		items = append(items, scene.Item{Group: &scene.Group{ID: mk.id, Title: mk.title, Items: p.drawMark(mk, st, o)}})
	}
	return items
}

// drawMark draws one annotation: its bracket, and its leader and label.
func (p *anRow) drawMark(mk anMark, st anStyles, o Options) []scene.Item {
	th := o.Theme
	rc := th.Role(mk.role)
	y := p.bracketY(mk.side, mk.level)
	toward := anTick // ticks point at the string
	if mk.side == spec.SideBelow {
		toward = -anTick
	}
	stroke := scene.Stroke{Color: rc.Accent, Width: 2}
	if mk.optional {
		stroke.Dash = []float64{5, 3.5}
	}
	items := []scene.Item{{Path: &scene.Path{Stroke: stroke, Segments: scene.Polyline(
		scene.Point{X: mk.x0, Y: y + toward}, scene.Point{X: mk.x0, Y: y},
		scene.Point{X: mk.x1, Y: y}, scene.Point{X: mk.x1, Y: y + toward})}}}
	if !mk.labelled {
		return items
	}
	// The label's top, and the far edge where the leader, running along
	// the label as its rule, ends.
	d := p.laneTop(mk.side, mk.lane)
	top, far := p.emH+d, p.emH+d+mk.label.h
	if mk.side == spec.SideAbove {
		top = -d - mk.label.h
		far = top
	}
	items = append(items, scene.Item{Path: &scene.Path{
		Stroke:   scene.Stroke{Color: rc.Accent, Width: 1.4},
		Segments: scene.Polyline(scene.Point{X: mk.cx, Y: y}, scene.Point{X: mk.cx, Y: far}),
	}})
	return append(items, p.drawLabel(mk, top, st, o)...)
}

// drawLabel draws a label's text block with its top at top, beside the
// leader: flying right, left-aligned after it; flying left, right-aligned
// before it.
func (p *anRow) drawLabel(mk anMark, top float64, st anStyles, o Options) []scene.Item {
	th := o.Theme
	rc := th.Role(mk.role)
	lh := th.Size.LineHeight
	l := mk.label
	x, anchor := mk.cx+anRuleGap, scene.Start
	if mk.left {
		x, anchor = mk.cx-anRuleGap, scene.End
	}
	box := scene.Box{X: mk.bx, Y: top - 1, W: mk.bw, H: l.h + 2}
	var items []scene.Item

	// The name, with the optional pill beside its last line or under it.
	nameTop := top + l.namePad
	if mk.left && l.pill != "" && !l.pillOwnLine {
		// Right-aligned: the pill takes the end of the last line.
		block, _ := TextBlock(x, nameTop, anchor, l.name[:len(l.name)-1], l.nameSt, lh, rc.Ink, box)
		items = append(items, block...)
		lastTop := nameTop + float64(len(l.name)-1)*LineHeight(l.nameSt, lh)
		block, _ = TextBlock(x-l.pillW-anPillGap, lastTop, anchor, l.name[len(l.name)-1:], l.nameSt, lh, rc.Ink, box)
		items = append(items, block...)
	} else {
		block, _ := TextBlock(x, nameTop, anchor, l.name, l.nameSt, lh, rc.Ink, box)
		items = append(items, block...)
	}
	if l.pill != "" {
		lastTop := nameTop + float64(len(l.name)-1)*LineHeight(l.nameSt, lh)
		lineH := TextBlockHeight(1, l.nameSt, lh)
		pb := scene.Box{Y: lastTop + lineH/2 - anPillH/2, W: l.pillW, H: anPillH}
		lastW := textmeasure.Width(l.name[len(l.name)-1], l.nameSt)
		switch {
		case l.pillOwnLine:
			pb.Y = top + l.nameH - anPillH
			pb.X = x
			if mk.left {
				pb.X = x - l.pillW
			}
		case mk.left:
			pb.X = x - l.pillW
		default:
			pb.X = x + lastW + anPillGap
		}
		items = append(items,
			scene.Item{Rect: &scene.Rect{Box: pb, Radius: anPillH / 2, Fill: th.Surface,
				Stroke: scene.Stroke{Color: rc.Accent, Width: 1.2, Dash: []float64{4, 2.5}}}},
			TextItem(pb.X+pb.W/2, textmeasure.BaselineFor(pb.Y+anPillH/2, st.pill), scene.Middle, l.pill, st.pill, rc.Ink, pb))
	}
	cur := top + l.nameH
	if len(l.desc) > 0 {
		cur += anBlockGap
		block, h := TextBlock(x, cur, anchor, l.desc, l.descSt, lh, th.Text, box)
		items = append(items, block...)
		cur += h
	}
	if len(l.example) > 0 {
		cur += anBlockGap
		block, _ := TextBlock(x, cur, anchor, l.example, l.exSt, lh, th.Muted, box)
		items = append(items, block...)
	}
	return items
}
