package layout

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/kubefig/kubefig/render/icons"
	"github.com/kubefig/kubefig/render/internal/graphviz"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// Graph sizes every node, edge label and cluster label with our measurer,
// asks Graphviz for positions only, and draws the result.
func Graph(d *spec.Diagram, o Options) (Body, error) {
	g := d.Graph
	gl := newGraphLayout(g, o)
	res, err := graphviz.Layout(context.Background(), gl.input())
	if err != nil {
		return Body{}, err
	}
	return gl.draw(res), nil
}

// nodeBox is a measured node: its lines of text and its size.
type nodeBox struct {
	spec        *spec.Node
	group       string
	label, sub  []string
	w, h        float64
	icon        bool
	labelSt     textmeasure.Style
	subSt       textmeasure.Style
	textW       float64
	labelBlockH float64
}

type clusterBox struct {
	spec    *spec.Group
	label   []string
	w, h    float64
	st      textmeasure.Style
	parent  string
	nodeIDs []string
}

type edgeLabel struct {
	lines []string
	w, h  float64
	st    textmeasure.Style
}

type graphLayout struct {
	g        *spec.Graph
	o        Options
	th       *theme.Theme
	nodes    []*nodeBox
	byID     map[string]*nodeBox
	clusters []*clusterBox // depth first, parents first: Graphviz's order
	groupOf  map[string]*clusterBox
	labels   []edgeLabel
}

const (
	maxNodeText  = 200.0 // px of text per node line before wrapping
	maxEdgeLabel = 150.0
	iconGap      = 9.0
	labelPadX    = 5.0
	labelPadY    = 2.0
)

func newGraphLayout(g *spec.Graph, o Options) *graphLayout {
	gl := &graphLayout{g: g, o: o, th: o.Theme, byID: map[string]*nodeBox{}, groupOf: map[string]*clusterBox{}}
	sz := gl.th.Size
	g.Walk(func(n *spec.Node, group string) {
		nb := gl.measureNode(n)
		nb.group = group
		gl.nodes = append(gl.nodes, nb)
		gl.byID[n.ID] = nb
		if c := gl.groupOf[group]; c != nil {
			c.nodeIDs = append(c.nodeIDs, n.ID)
		}
	}, func(gr *spec.Group, parent string) {
		st := bold(sz.GroupLabel)
		lines := textmeasure.Wrap(gr.Label.In(o.Lang), st, 320)
		c := &clusterBox{spec: gr, label: lines, st: st, parent: parent,
			w: textmeasure.MaxWidth(lines, st) + 4,
			h: TextBlockHeight(len(lines), st, sz.LineHeight) + 6}
		gl.clusters = append(gl.clusters, c)
		gl.groupOf[gr.ID] = c
	})
	for _, e := range g.Edges {
		st := sans(sz.EdgeLabel)
		text := e.Label.In(o.Lang)
		if text == "" {
			gl.labels = append(gl.labels, edgeLabel{})
			continue
		}
		lines := textmeasure.Wrap(text, st, maxEdgeLabel)
		gl.labels = append(gl.labels, edgeLabel{lines: lines, st: st,
			w: textmeasure.MaxWidth(lines, st) + 2*labelPadX,
			h: TextBlockHeight(len(lines), st, sz.LineHeight) + 2*labelPadY})
	}
	return gl
}

func (gl *graphLayout) measureNode(n *spec.Node) *nodeBox {
	sz := gl.th.Size
	nb := &nodeBox{spec: n, labelSt: bold(sz.NodeLabel), subSt: sans(sz.Sublabel)}
	_, nb.icon = icons.Get(string(n.Kind), scene.Color{}, scene.Color{})
	nb.icon = nb.icon && n.Kind != spec.KindComponent
	nb.label = textmeasure.Wrap(n.Label.In(gl.o.Lang), nb.labelSt, maxNodeText)
	if s := n.Sublabel.In(gl.o.Lang); s != "" {
		nb.sub = textmeasure.Wrap(s, nb.subSt, maxNodeText)
	}
	nb.textW = max(textmeasure.MaxWidth(nb.label, nb.labelSt), textmeasure.MaxWidth(nb.sub, nb.subSt))
	nb.labelBlockH = TextBlockHeight(len(nb.label), nb.labelSt, sz.LineHeight)
	textH := nb.labelBlockH
	if len(nb.sub) > 0 {
		textH += 3 + TextBlockHeight(len(nb.sub), nb.subSt, sz.LineHeight)
	}
	padX, padY := sz.Padding+4, sz.Padding
	nb.w = padX*2 + nb.textW
	if nb.icon {
		nb.w += sz.IconSize + iconGap
	}
	nb.w = math.Ceil(max(nb.w, n.MinWidth, 96))
	nb.h = math.Ceil(max(textH+2*padY, sz.IconSize+2*padY, 46))
	return nb
}

// input builds the Graphviz graph: every size is ours.
func (gl *graphLayout) input() *graphviz.Graph {
	g := gl.g
	in := &graphviz.Graph{
		LeftToRight: g.Direction == spec.LeftToRight,
		NodeSep:     orDefault(g.NodeSep, 28),
		RankSep:     orDefault(g.RankSep, 46),
		SameRank:    g.SameRank,
	}
	for _, nb := range gl.nodes {
		in.Nodes = append(in.Nodes, graphviz.Node{ID: nb.spec.ID, W: nb.w, H: nb.h})
	}
	var build func(gs []spec.Group) []graphviz.Cluster
	build = func(gs []spec.Group) []graphviz.Cluster {
		var out []graphviz.Cluster
		for i := range gs {
			c := gl.groupOf[gs[i].ID]
			out = append(out, graphviz.Cluster{
				ID: c.spec.ID, LabelW: c.w, LabelH: c.h, Margin: 14,
				Nodes: c.nodeIDs, Clusters: build(gs[i].Groups),
			})
		}
		return out
	}
	in.Clusters = build(g.Groups)
	for i, e := range g.Edges {
		ge := graphviz.Edge{
			Tail: e.From, Head: e.To, LabelW: gl.labels[i].w, LabelH: gl.labels[i].h,
			Weight: e.Weight, MinLen: e.MinLen, Loose: e.Loose, Invisible: e.Hidden,
			TailPort: e.FromSide, HeadPort: e.ToSide,
		}
		if c := gl.groupOf[e.From]; c != nil {
			ge.Tail, ge.LTail = gl.anchorNode(c.spec), e.From
		}
		if c := gl.groupOf[e.To]; c != nil {
			ge.Head, ge.LHead = gl.anchorNode(c.spec), e.To
		}
		if e.Reverse {
			ge.Tail, ge.Head = ge.Head, ge.Tail
			ge.LTail, ge.LHead = ge.LHead, ge.LTail
			ge.TailPort, ge.HeadPort = ge.HeadPort, ge.TailPort
		}
		in.Edges = append(in.Edges, ge)
	}
	// An edge to a group ranks only the group's anchor node; rank its other
	// direct nodes with it through invisible edges, or Graphviz puts them
	// on the first rank and stretches the group across the picture.
	for _, e := range g.Edges {
		if e.Hidden {
			continue
		}
		link := func(tail, head string) {
			if e.Reverse {
				tail, head = head, tail
			}
			in.Edges = append(in.Edges, graphviz.Edge{Tail: tail, Head: head, Invisible: true, NoPull: true})
		}
		if c := gl.groupOf[e.To]; c != nil && gl.groupOf[e.From] == nil {
			for _, id := range c.nodeIDs[min(1, len(c.nodeIDs)):] {
				link(e.From, id)
			}
		}
		if c := gl.groupOf[e.From]; c != nil && gl.groupOf[e.To] == nil {
			for _, id := range c.nodeIDs[min(1, len(c.nodeIDs)):] {
				link(id, e.To)
			}
		}
	}
	return in
}

// anchorNode is the node an edge to a group is attached to in Graphviz:
// the group's first node, depth first.
func (gl *graphLayout) anchorNode(gr *spec.Group) string {
	if len(gr.Nodes) > 0 {
		return gr.Nodes[0].ID
	}
	return gl.anchorNode(&gr.Groups[0])
}

func orDefault(v, d float64) float64 {
	if v > 0 {
		return v
	}
	return d
}

// draw turns the Graphviz result into scene items: groups, then edges,
// then nodes, then edge labels on top.
func (gl *graphLayout) draw(res *graphviz.Result) Body {
	th := gl.th
	boxes := map[string]scene.Box{}
	for i, nb := range gl.nodes {
		b := res.Nodes[i]
		boxes[nb.spec.ID] = scene.Box{X: b.X, Y: b.Y, W: b.W, H: b.H}
	}
	for i, c := range gl.clusters {
		b := res.Clusters[i]
		boxes[c.spec.ID] = scene.Box{X: b.X, Y: b.Y, W: b.W, H: b.H}
	}
	routes := make([][]scene.Point, len(gl.g.Edges))
	for i, pts := range res.Edges[:len(routes)] { // then come layout-only edges
		for _, p := range pts {
			routes[i] = append(routes[i], scene.Point{X: p.X, Y: p.Y})
		}
		if gl.g.Edges[i].Reverse { // Graphviz drew it To -> From
			for a, b := 0, len(routes[i])-1; a < b; a, b = a+1, b-1 {
				routes[i][a], routes[i][b] = routes[i][b], routes[i][a]
			}
		}
	}
	spreadEnds(gl.g.Edges, routes, boxes)
	var lines [][]scene.Point
	for i, e := range gl.g.Edges {
		if !e.Hidden {
			lines = append(lines, flatten(routes[i]))
		}
	}
	var items []scene.Item
	for i, c := range gl.clusters {
		items = append(items, gl.drawCluster(c, res.Clusters[i], lines))
	}
	var edgeItems, labelItems []scene.Item
	for i, e := range gl.g.Edges {
		if e.Hidden || len(routes[i]) < 4 {
			continue
		}
		rc := th.Role(e.Role)
		color := rc.Accent
		if e.Role == spec.RoleNeutral {
			color = th.Line
		}
		edgeItems = append(edgeItems, scene.Item{Group: &scene.Group{
			ID: "edge-" + edgeID(e, i), Items: drawEdge(routes[i], e, color, th)}})
		if l := gl.labels[i]; len(l.lines) > 0 {
			c := res.EdgeLabels[i]
			labelItems = append(labelItems, gl.drawEdgeLabel(l, scene.Point{X: c.X, Y: c.Y}, rc, e.Role))
		}
	}
	items = append(items, edgeItems...)
	for i, nb := range gl.nodes {
		b := res.Nodes[i]
		items = append(items, gl.drawNode(nb, scene.Box{X: b.X, Y: b.Y, W: b.W, H: b.H}))
	}
	items = append(items, labelItems...)
	// The drawn items, not Graphviz's bounding box: that one also holds
	// the routes of invisible edges.
	return Body{Items: items, Bounds: scene.ItemBounds(items)}
}

func edgeID(e spec.Edge, i int) string {
	if e.ID != "" {
		return e.ID
	}
	return fmt.Sprintf("%d", i+1)
}

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

func (gl *graphLayout) drawEdgeLabel(l edgeLabel, c scene.Point, rc theme.RoleColors, role string) scene.Item {
	th := gl.th
	box := scene.Box{X: c.X - l.w/2, Y: c.Y - l.h/2, W: l.w, H: l.h}
	ink := rc.Ink
	if role == spec.RoleNeutral {
		ink = th.Muted
	}
	items := []scene.Item{{Rect: &scene.Rect{Box: box, Radius: 4, Fill: th.Background.WithAlpha(235)}}}
	block, _ := TextBlock(c.X, box.Y+labelPadY, scene.Middle, l.lines, l.st, th.Size.LineHeight, ink, box)
	return scene.Item{Group: &scene.Group{Items: append(items, block...)}}
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
	segs := []scene.Segment{{Op: scene.MoveTo, Pts: []scene.Point{pts[0]}}}
	for i := 1; i+2 < n; i += 3 {
		segs = append(segs, scene.Segment{Op: scene.CubicTo, Pts: []scene.Point{pts[i], pts[i+1], pts[i+2]}})
	}
	line := scene.Item{Path: &scene.Path{Segments: segs, Stroke: EdgeStroke(color, e.Style, sz.EdgeWidth)}}
	return append([]scene.Item{line}, heads...)
}

func dist(a, b scene.Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// freeSpot returns the x nearest b.X (and no further right than maxRight
// for the box's right edge) where b crosses none of the polylines; b.X
// itself when there is no such place.
func freeSpot(b scene.Box, maxRight float64, lines [][]scene.Point) float64 {
	for x := b.X; x+b.W <= maxRight; x += 4 {
		probe := scene.Box{X: x - 4, Y: b.Y - 2, W: b.W + 8, H: b.H + 4}
		if !crossesAny(probe, lines) {
			return x
		}
	}
	return b.X
}

func crossesAny(b scene.Box, lines [][]scene.Point) bool {
	for _, l := range lines {
		for i := 1; i < len(l); i++ {
			if segmentHitsBox(l[i-1], l[i], b) {
				return true
			}
		}
	}
	return false
}

// segmentHitsBox reports whether the segment a-b touches box r (sampled
// finely enough for flattened curves, whose segments are short).
func segmentHitsBox(a, b scene.Point, r scene.Box) bool {
	n := int(math.Ceil(dist(a, b)/2)) + 1
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(n)
		x, y := a.X+(b.X-a.X)*t, a.Y+(b.Y-a.Y)*t
		if x >= r.X && x <= r.X+r.W && y >= r.Y && y <= r.Y+r.H {
			return true
		}
	}
	return false
}

// flatten samples a cubic spline (start, then 3 points per curve) into a
// polyline.
func flatten(pts []scene.Point) []scene.Point {
	if len(pts) < 4 {
		return pts
	}
	out := []scene.Point{pts[0]}
	for i := 1; i+2 < len(pts); i += 3 {
		p0, p1, p2, p3 := pts[i-1], pts[i], pts[i+1], pts[i+2]
		for k := 1; k <= 16; k++ {
			t := float64(k) / 16
			u := 1 - t
			out = append(out, scene.Point{
				X: u*u*u*p0.X + 3*u*u*t*p1.X + 3*u*t*t*p2.X + t*t*t*p3.X,
				Y: u*u*u*p0.Y + 3*u*u*t*p1.Y + 3*u*t*t*p2.Y + t*t*t*p3.Y,
			})
		}
	}
	return out
}

// spreadEnds spreads the ends of edges that meet one side of one node
// evenly along that side, in the order they arrive, so that several edges
// into one box do not pile into one point. Each end moves along the side
// together with its neighbouring control point, keeping its angle.
func spreadEnds(edges []spec.Edge, routes [][]scene.Point, boxes map[string]scene.Box) {
	type end struct {
		route   int
		pts     [3]int  // the end point, then its two control points
		at      float64 // where the end meets the side
		along   float64 // where the edge comes from, along the side
		natural float64
	}
	type sideKey struct {
		node string
		side int // 0 top, 1 right, 2 bottom, 3 left
	}
	groups := map[sideKey][]end{}
	var keys []sideKey
	horizontal := func(side int) bool { return side == 0 || side == 2 }
	coord := func(p scene.Point, side int) float64 {
		if horizontal(side) {
			return p.X
		}
		return p.Y
	}
	add := func(node string, r int, idx [3]int) {
		b, ok := boxes[node]
		if !ok {
			return
		}
		side := nearestSide(b, routes[r][idx[0]])
		if side < 0 {
			return // the end is not on the box: a group end, or clipped
		}
		k := sideKey{node, side}
		if _, seen := groups[k]; !seen {
			keys = append(keys, k)
		}
		at := coord(routes[r][idx[0]], side)
		groups[k] = append(groups[k], end{route: r, pts: idx, at: at, natural: at,
			along: coord(routes[r][idx[2]], side)})
	}
	for i, e := range edges {
		if e.Hidden || len(routes[i]) < 4 {
			continue
		}
		n := len(routes[i])
		add(e.From, i, [3]int{0, 1, 2})
		add(e.To, i, [3]int{n - 1, n - 2, n - 3})
	}
	for _, k := range keys {
		ends := groups[k]
		if len(ends) < 2 {
			continue
		}
		sort.SliceStable(ends, func(a, b int) bool {
			if ends[a].at != ends[b].at {
				return ends[a].at < ends[b].at
			}
			return ends[a].along < ends[b].along
		})
		b := boxes[k.node]
		lo, length := b.X, b.W
		if !horizontal(k.side) {
			lo, length = b.Y, b.H
		}
		inset := min(length*0.15, 16)
		lo, hi := lo+inset, lo+length-inset
		gap := min(minEndGap, (hi-lo)/float64(len(ends)-1))
		// Keep Graphviz's choices where they are far enough apart; push
		// apart only ends that crowd, within the side.
		for j := range ends {
			ends[j].at = max(ends[j].at, lo)
			if j > 0 {
				ends[j].at = max(ends[j].at, ends[j-1].at+gap)
			}
		}
		for j := len(ends) - 1; j >= 0; j-- {
			ends[j].at = min(ends[j].at, hi)
			if j < len(ends)-1 {
				ends[j].at = min(ends[j].at, ends[j+1].at-gap)
			}
		}
		for _, e := range ends {
			d := e.at - e.natural
			for i, weight := range [3]float64{1, 1, 0.5} {
				p := &routes[e.route][e.pts[i]]
				if horizontal(k.side) {
					p.X += d * weight
				} else {
					p.Y += d * weight
				}
			}
		}
	}
}

// minEndGap is the least distance between two edge ends on one side.
const minEndGap = 30.0

// nearestSide returns which side of b the point lies on (0 top, 1 right,
// 2 bottom, 3 left), or -1 when it is not within 2 px of the border.
func nearestSide(b scene.Box, p scene.Point) int {
	d := []float64{
		math.Abs(p.Y - b.Y), math.Abs(p.X - (b.X + b.W)),
		math.Abs(p.Y - (b.Y + b.H)), math.Abs(p.X - b.X),
	}
	best := 0
	for i := 1; i < 4; i++ {
		if d[i] < d[best] {
			best = i
		}
	}
	if d[best] > 2 || p.X < b.X-2 || p.X > b.X+b.W+2 || p.Y < b.Y-2 || p.Y > b.Y+b.H+2 {
		return -1
	}
	return best
}
