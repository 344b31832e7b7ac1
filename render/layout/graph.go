package layout

import (
	"context"
	"fmt"
	"math"

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
	gl.focus = newFocus(d)
	res, err := graphviz.Layout(context.Background(), gl.input())
	if err != nil {
		return Body{}, err
	}
	body := gl.draw(res)
	body.Legend = pathLegend(g)
	body.Focus = gl.focus.keep
	return body, nil
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
	lines  []string
	w, h   float64
	st     textmeasure.Style
	badges []int // the paths whose number badges lead the label
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
	// edgePaths lists the paths each edge is on; focus is the
	// diagram's focus (paths.go, focus.go).
	edgePaths [][]int
	focus     focusSet
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
		lines := textmeasure.Wrap(text, st, orDefault(g.EdgeLabelWidth, maxEdgeLabel))
		gl.labels = append(gl.labels, edgeLabel{lines: lines, st: st,
			w: textmeasure.MaxWidth(lines, st) + 2*labelPadX,
			h: TextBlockHeight(len(lines), st, sz.LineHeight) + 2*labelPadY})
	}
	gl.addPathBadges()
	return gl
}

func (gl *graphLayout) measureNode(n *spec.Node) *nodeBox {
	sz := gl.th.Size
	nb := &nodeBox{spec: n, labelSt: bold(sz.NodeLabel), subSt: sans(sz.Sublabel)}
	nb.icon = n.Kind != spec.KindComponent && icons.Has(string(n.Kind))
	// Text wraps at maxNodeText, or uses the room a MinWidth gives.
	wrapW := maxNodeText
	if nb.icon {
		wrapW = max(wrapW, n.MinWidth-2*(sz.Padding+4)-sz.IconSize-iconGap)
	} else {
		wrapW = max(wrapW, n.MinWidth-2*(sz.Padding+4))
	}
	nb.label = textmeasure.Wrap(n.Label.In(gl.o.Lang), nb.labelSt, wrapW)
	if s := n.Sublabel.In(gl.o.Lang); s != "" {
		nb.sub = textmeasure.Wrap(s, nb.subSt, wrapW)
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
			lines = append(lines, scene.Flatten(scene.Spline(routes[i])))
		}
	}
	var items []scene.Item
	for i, c := range gl.clusters {
		items = append(items, gl.focusItem(gl.drawCluster(c, res.Clusters[i], lines), c.spec.ID))
	}
	var edgeItems, labelItems []scene.Item
	var edgeKept, labelKept []bool
	for i, e := range gl.g.Edges {
		if e.Hidden || len(routes[i]) < 4 {
			continue
		}
		id := edgeID(e, i)
		rc, color, role := gl.edgeColors(i)
		lineItems := drawEdge(routes[i], e, color, th)
		// A focus names edges by their ID; an edge without one is
		// outside every focus.
		kept := gl.focus.kept(e.ID)
		if gl.focus.active() && kept && gl.focusedPath(gl.edgePaths[i]) {
			gl.strengthen(lineItems)
		}
		edgeItems = append(edgeItems, gl.focusItem(scene.Item{Group: &scene.Group{ID: "edge-" + id, Items: lineItems}}, e.ID))
		edgeKept = append(edgeKept, kept)
		if l := gl.labels[i]; l.w > 0 {
			c := res.EdgeLabels[i]
			labelItems = append(labelItems, gl.focusItem(gl.drawEdgeLabel(l, scene.Point{X: c.X, Y: c.Y}, rc, role, id), e.ID))
			labelKept = append(labelKept, kept)
		}
	}
	items = append(items, keptLast(edgeItems, edgeKept)...)
	for i, nb := range gl.nodes {
		b := res.Nodes[i]
		items = append(items, gl.focusItem(gl.drawNode(nb, scene.Box{X: b.X, Y: b.Y, W: b.W, H: b.H}), nb.spec.ID))
	}
	items = append(items, keptLast(labelItems, labelKept)...)
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
