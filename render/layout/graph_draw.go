package layout

import (
	"github.com/kubefig/kubefig/render/icons"
	"github.com/kubefig/kubefig/render/internal/graphviz"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

func (gl *graphLayout) drawCluster(c *clusterBox, b graphviz.Box, lines [][]scene.Point) scene.Item {
	th := gl.th
	rc := th.Role(c.spec.Role)
	box := scene.Box{X: b.X, Y: b.Y, W: b.W, H: b.H}
	stroke := EdgeStroke(rc.Accent.Mix(rc.Tint, 0.35), c.spec.Style, th.Size.StrokeWidth)
	items := []scene.Item{{Rect: &scene.Rect{Box: box, Radius: th.Size.Radius + 2, Fill: rc.Tint, Stroke: stroke}}}
	pad := 10.0
	// Graphviz reserves a band at the top for the label but routes edges
	// through it: slide the label along the band to where no edge passes.
	labelBox := scene.Box{X: box.X + pad, Y: box.Y + 6, W: c.w, H: c.h}
	labelBox.X = freeSpot(labelBox, box.X+box.W-pad, lines)
	block, _ := TextBlock(labelBox.X, box.Y+8, scene.Start, c.label, c.st, th.Size.LineHeight, rc.Ink, box)
	items = append(items, block...)
	return scene.Item{Group: &scene.Group{ID: "group-" + c.spec.ID, Items: items}}
}

func (gl *graphLayout) drawNode(nb *nodeBox, box scene.Box) scene.Item {
	th := gl.th
	sz := th.Size
	rc := th.Role(nb.spec.Role)
	items := []scene.Item{{Rect: &scene.Rect{Box: box, Radius: sz.Radius, Fill: th.Surface,
		Stroke: EdgeStroke(rc.Accent, nb.spec.Style, sz.StrokeWidth)}}}
	padX := sz.Padding + 4
	textX := box.X + padX
	anchor := scene.Start
	if nb.icon {
		shapes, _ := icons.Get(string(nb.spec.Kind), rc.Accent, rc.Tint)
		ib := scene.Box{X: box.X + padX, Y: box.Y + (box.H-sz.IconSize)/2, W: sz.IconSize, H: sz.IconSize}
		items = append(items, scene.Item{Icon: &scene.Icon{Name: string(nb.spec.Kind), Box: ib, Shapes: shapes}})
		textX = ib.X + ib.W + iconGap
	} else {
		textX = box.X + box.W/2
		anchor = scene.Middle
	}
	textH := nb.labelBlockH
	if len(nb.sub) > 0 {
		textH += 3 + TextBlockHeight(len(nb.sub), nb.subSt, sz.LineHeight)
	}
	top := box.Y + (box.H-textH)/2
	block, _ := TextBlock(textX, top, anchor, nb.label, nb.labelSt, sz.LineHeight, th.Text, box)
	items = append(items, block...)
	if len(nb.sub) > 0 {
		block, _ = TextBlock(textX, top+nb.labelBlockH+3, anchor, nb.sub, nb.subSt, sz.LineHeight, th.Muted, box)
		items = append(items, block...)
	}
	return scene.Item{Group: &scene.Group{ID: "node-" + nb.spec.ID, Items: items}}
}

func (gl *graphLayout) drawEdgeLabel(l edgeLabel, c scene.Point, rc theme.RoleColors, role, id string) scene.Item {
	th := gl.th
	box := scene.Box{X: c.X - l.w/2, Y: c.Y - l.h/2, W: l.w, H: l.h}
	ink := rc.Ink
	if role == spec.RoleNeutral {
		ink = th.Muted
	}
	items := []scene.Item{{Rect: &scene.Rect{Box: box, Radius: 4, Fill: th.Background.WithAlpha(235)}}}
	textX := c.X
	if len(l.badges) > 0 {
		badges, right := gl.drawBadges(l, box.X+badgeLead, c.Y)
		items = append(items, badges...)
		textX = (right + box.X + box.W) / 2
	}
	if len(l.lines) > 0 {
		top := c.Y - TextBlockHeight(len(l.lines), l.st, th.Size.LineHeight)/2
		block, _ := TextBlock(textX, top, scene.Middle, l.lines, l.st, th.Size.LineHeight, ink, box)
		items = append(items, block...)
	}
	return scene.Item{Group: &scene.Group{ID: "label-" + id, Items: items}}
}

// drawEdge draws a spline with arrow heads at the ends the spec asks for;
// the line stops short of each head so the tip is sharp.
func drawEdge(pts []scene.Point, e spec.Edge, color scene.Color, th *theme.Theme) []scene.Item {
	sz := th.Size
	pts = append([]scene.Point(nil), pts...)
	var heads []scene.Item
	head := func(tipIdx, ctrlIdx int) {
		tip := pts[tipIdx]
		from := pts[ctrlIdx]
		if dist(tip, from) < 1e-6 && ctrlIdx+1 < len(pts) && tipIdx == 0 {
			from = pts[ctrlIdx+1]
		}
		d := dist(tip, from)
		if d < 1e-6 {
			return
		}
		ux, uy := (tip.X-from.X)/d, (tip.Y-from.Y)/d
		heads = append(heads, scene.Item{Path: &scene.Path{
			Segments: scene.Arrowhead(tip, from, sz.ArrowLength, sz.ArrowWidth), Fill: color}})
		back := sz.ArrowLength * 0.8
		pts[tipIdx] = scene.Point{X: tip.X - ux*back, Y: tip.Y - uy*back}
		pts[ctrlIdx] = scene.Point{X: pts[ctrlIdx].X - ux*back*0.5, Y: pts[ctrlIdx].Y - uy*back*0.5}
	}
	n := len(pts)
	if e.Arrow == spec.ArrowForward || e.Arrow == spec.ArrowBoth {
		head(n-1, n-2)
	}
	if e.Arrow == spec.ArrowBack || e.Arrow == spec.ArrowBoth {
		head(0, 1)
	}
	line := scene.Item{Path: &scene.Path{Segments: scene.Spline(pts), Stroke: EdgeStroke(color, e.Style, sz.EdgeWidth)}}
	return append([]scene.Item{line}, heads...)
}
