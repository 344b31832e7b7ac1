package layout

import (
	"fmt"

	"github.com/kubefig/kubefig/render/icons"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// build draws the laid-out sequence: group bands, headers and lifelines,
// then every step in order, so that the document order of the picture is
// the order of the story.
func (l *seqLayout) build() Body {
	var items []scene.Item
	items = append(items, l.bands()...)
	for i := range l.actors {
		items = append(items, l.header(i))
	}
	items = append(items, l.lifelines())
	for i := range l.rows {
		items = append(items, l.step(i))
	}
	return Body{Items: items, Bounds: scene.ItemBounds(items)}
}

func (l *seqLayout) bands() []scene.Item {
	th := l.th
	var items []scene.Item
	for gi, g := range l.sq.Groups {
		first, last := l.groupSpan(gi)
		if first < 0 {
			continue
		}
		rc := th.Role(g.Role)
		x0 := l.x[first] - l.actors[first].w/2 - seqGroupPad
		x1 := l.x[last] + l.actors[last].w/2 + seqGroupPad
		box := scene.Box{X: x0, Y: 0, W: x1 - x0, H: l.linesEnd + 8}
		// A tint and no outline: message labels cross a band's edge, and
		// an outline would run under their text.
		band := []scene.Item{{Rect: &scene.Rect{Box: box, Radius: th.Size.Radius + 2, Fill: rc.Tint}}}
		// One line: placeColumns and measureActors made the band wide
		// enough for it.
		block, _ := TextBlock(x0+seqHeaderPadX, 8, scene.Start, []string{g.Label.In(l.o.Lang)}, l.groupSt, th.Size.LineHeight, rc.Ink, box)
		band = append(band, block...)
		items = append(items, scene.Item{Group: &scene.Group{ID: "group-" + g.ID, Title: g.Label.In(l.o.Lang), Items: band}})
	}
	return items
}

// header draws actor i's box: icon, label and sublabel.
func (l *seqLayout) header(i int) scene.Item {
	th := l.th
	sz := th.Size
	a := l.actors[i]
	rc := th.Role(a.spec.Role)
	box := scene.Box{X: l.x[i] - a.w/2, Y: l.headerTop, W: a.w, H: l.headerH}
	items := []scene.Item{{Rect: &scene.Rect{Box: box, Radius: sz.Radius, Fill: th.Surface,
		Stroke: scene.Stroke{Color: rc.Accent, Width: sz.StrokeWidth}}}}
	// Icon, label and sublabel, centred as one block.
	blockH := a.textH
	if a.icon {
		blockH += sz.IconSize + seqIconGap
	}
	top := box.Y + (box.H-blockH)/2
	cx := box.X + box.W/2
	if a.icon {
		shapes, _ := icons.Get(string(a.spec.Kind), rc.Accent, rc.Tint)
		ib := scene.Box{X: cx - sz.IconSize/2, Y: top, W: sz.IconSize, H: sz.IconSize}
		items = append(items, scene.Item{Icon: &scene.Icon{Name: string(a.spec.Kind), Box: ib, Shapes: shapes}})
		top += sz.IconSize + seqIconGap
	}
	block, _ := TextBlock(cx, top, scene.Middle, a.label, l.headerSt, sz.LineHeight, th.Text, box)
	items = append(items, block...)
	if len(a.sub) > 0 {
		block, _ = TextBlock(cx, top+a.labelH+3, scene.Middle, a.sub, l.headerSubSt, sz.LineHeight, th.Muted, box)
		items = append(items, block...)
	}
	return scene.Item{Group: &scene.Group{ID: "actor-" + a.spec.ID, Title: a.spec.Label.In(l.o.Lang), Items: items}}
}

// lifelines draws a dashed line down from every header, broken wherever a
// label, note or phase band lies across it.
func (l *seqLayout) lifelines() scene.Item {
	th := l.th
	var boxes []scene.Box
	for _, r := range l.rows {
		b := r.block
		if r.step.Message != nil {
			b = b.Inset(-3)
		}
		boxes = append(boxes, b)
	}
	var items []scene.Item
	top := l.headerTop + l.headerH
	for _, x := range l.x {
		for _, q := range clearRanges(top, l.linesEnd, x, x, boxes, false) {
			if q[1]-q[0] < 2 {
				continue
			}
			items = append(items, scene.Item{Path: &scene.Path{
				Segments: scene.Polyline(scene.Point{X: x, Y: q[0]}, scene.Point{X: x, Y: q[1]}),
				Stroke:   scene.Stroke{Color: th.Border, Width: 1.25, Dash: []float64{5, 4}},
			}})
		}
	}
	return scene.Item{Group: &scene.Group{ID: "lifelines", Items: items}}
}

// step draws row i: a message, a note or a phase band.
func (l *seqLayout) step(i int) scene.Item {
	r := l.rows[i]
	switch {
	case r.step.Message != nil:
		return l.message(r)
	case r.step.Note != nil:
		return l.note(r, i)
	default:
		return l.phase(r)
	}
}

func (l *seqLayout) message(r seqRow) scene.Item {
	th := l.th
	m := r.step.Message
	role := m.Role
	if role == "" {
		role = l.actors[r.from].spec.Role
	}
	rc := th.Role(role)
	stroke := EdgeStroke(rc.Accent, m.Style, th.Size.EdgeWidth)
	var items []scene.Item
	xf, xt := l.x[r.from], l.x[r.to]
	if r.from == r.to {
		y1, y2 := r.arrowY, r.arrowY+seqLoopH
		xr := xf + seqLoopW
		tip := scene.Point{X: xf + 1, Y: y2}
		shaft := scene.Point{X: tip.X + th.Size.ArrowLength*0.8, Y: y2}
		items = append(items,
			scene.Item{Path: &scene.Path{Segments: scene.Polyline(scene.Point{X: xf, Y: y1}, scene.Point{X: xr, Y: y1}, scene.Point{X: xr, Y: y2}, shaft), Stroke: stroke}},
			scene.Item{Path: &scene.Path{Segments: scene.Arrowhead(tip, scene.Point{X: xr, Y: y2}, th.Size.ArrowLength, th.Size.ArrowWidth), Fill: rc.Accent}})
	} else {
		dir := 1.0
		if xt < xf {
			dir = -1
		}
		y := r.arrowY
		tip := scene.Point{X: xt - dir, Y: y}
		shaft := scene.Point{X: tip.X - dir*th.Size.ArrowLength*0.8, Y: y}
		items = append(items,
			scene.Item{Path: &scene.Path{Segments: scene.Polyline(scene.Point{X: xf, Y: y}, shaft), Stroke: stroke}},
			scene.Item{Path: &scene.Path{Segments: scene.Arrowhead(tip, scene.Point{X: xf, Y: y}, th.Size.ArrowLength, th.Size.ArrowWidth), Fill: rc.Accent}})
	}
	items = append(items, l.messageLabel(r, rc)...)
	id := m.ID
	if id == "" {
		id = fmt.Sprintf("%d", l.messageIndex(r))
	}
	title := fmt.Sprintf("%s → %s: %s", l.actors[r.from].spec.Label.In(l.o.Lang), l.actors[r.to].spec.Label.In(l.o.Lang), m.Label.In(l.o.Lang))
	if r.number > 0 {
		title = fmt.Sprintf("%d. %s", r.number, title)
	}
	return scene.Item{Group: &scene.Group{ID: "message-" + id, Title: title, Items: items}}
}

// messageIndex is the 1-based position of the row's message among the
// messages.
func (l *seqLayout) messageIndex(r seqRow) int {
	n := 0
	for _, rr := range l.rows {
		if rr.step.Message != nil {
			n++
			if rr.step.Message == r.step.Message {
				return n
			}
		}
	}
	return n
}

// messageLabel draws the label block: the number badge, then the label
// lines and the detail lines, centred on the arrow (left-aligned after a
// self-message's loop).
func (l *seqLayout) messageLabel(r seqRow, rc theme.RoleColors) []scene.Item {
	th := l.th
	b := r.block
	var items []scene.Item
	textX, textW := b.X, r.textW
	if r.number > 0 {
		m := textmeasure.Extents(r.labelSt)
		c := scene.Point{X: b.X + seqBadgeD/2, Y: b.Y + (m.EmTop+m.EmBottom)/2}
		items = append(items, NumberBadge(c, r.number, rc, th)...)
		textX += seqBadgeD + seqBadgeGap
	}
	// The lines hang after the badge, left-aligned.
	anchor, x := scene.Start, textX
	within := scene.Box{X: textX, Y: b.Y, W: textW, H: b.H}
	block, h := TextBlock(x, b.Y, anchor, r.lines, r.labelSt, th.Size.LineHeight, th.Text, within)
	items = append(items, block...)
	if len(r.detail) > 0 {
		block, _ = TextBlock(x, b.Y+h+2, anchor, r.detail, r.detailSt, th.Size.LineHeight, th.Muted, within)
		items = append(items, block...)
	}
	return items
}

func (l *seqLayout) note(r seqRow, i int) scene.Item {
	th := l.th
	nt := r.step.Note
	rc := th.Role(nt.Role)
	items := []scene.Item{{Rect: &scene.Rect{Box: r.block, Radius: 6, Fill: rc.Tint,
		Stroke: scene.Stroke{Color: rc.Accent.Mix(rc.Tint, 0.2), Width: th.Size.StrokeWidth}}}}
	cx := r.block.X + r.block.W/2
	block, _ := TextBlock(cx, r.block.Y+seqNotePadY, scene.Middle, r.lines, l.noteSt, th.Size.LineHeight, th.Text, r.block)
	items = append(items, block...)
	id := nt.ID
	if id == "" {
		id = fmt.Sprintf("step-%d", i+1)
	}
	return scene.Item{Group: &scene.Group{ID: "note-" + id, Title: nt.Text.In(l.o.Lang), Items: items}}
}

func (l *seqLayout) phase(r seqRow) scene.Item {
	th := l.th
	p := r.step.Phase
	rc := th.Role(p.Role)
	b := r.block
	items := []scene.Item{{Rect: &scene.Rect{Box: b, Radius: 6, Fill: rc.Tint,
		Stroke: scene.Stroke{Color: rc.Accent.Mix(rc.Tint, 0.35), Width: th.Size.StrokeWidth}}}}
	label := p.Label.In(l.o.Lang)
	baseline := textmeasure.BaselineFor(b.Y+b.H/2, l.phaseSt)
	x := b.X + seqPhasePadX
	items = append(items, TextItem(x, baseline, scene.Start, label, l.phaseSt, rc.Ink, b))
	if sub := p.Sublabel.In(l.o.Lang); sub != "" {
		x += textmeasure.Width(label, l.phaseSt) + 14
		items = append(items, TextItem(x, baseline, scene.Start, sub, l.phaseSubSt, th.Muted, b))
	}
	return scene.Item{Group: &scene.Group{ID: "phase-" + p.ID, Title: label, Items: items}}
}
