// Package graphviz is kubefig's only door to github.com/goccy/go-graphviz,
// used for layout only: boxes of given sizes in; node centres, cluster
// boxes, edge splines and label centres out. Graphviz never measures text
// here: every node, edge label and cluster label is a fixed-size box whose
// size came from our own measurer.
//
// go-graphviz runs Graphviz in one shared WASM module and is not safe for
// concurrent use, so every call is serialized behind one mutex. Results are
// cached by their DOT source: themes and focus views of one diagram share a
// layout, and identical input gives identical positions.
package graphviz

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	gv "github.com/goccy/go-graphviz"
)

// Graph is the input: sizes in CSS px.
type Graph struct {
	LeftToRight bool
	NodeSep     float64 // px between nodes of a rank
	RankSep     float64 // px between ranks
	Nodes       []Node
	Clusters    []Cluster
	Edges       []Edge
	SameRank    [][]string
}

// Node is a fixed-size box.
type Node struct {
	ID   string
	W, H float64
}

// Cluster is a box around nodes and clusters, with a label box of a given
// size on its top-left.
type Cluster struct {
	ID             string
	LabelW, LabelH float64
	Margin         float64 // px between the cluster's border and its content
	Nodes          []string
	Clusters       []Cluster
}

// Edge joins two nodes; LTail/LHead clip it at a cluster's border instead.
type Edge struct {
	Tail, Head     string
	LTail, LHead   string  // cluster ids, optional
	LabelW, LabelH float64 // zero for no label
	Weight         int     // 0 means Graphviz's default of 1
	NoPull         bool    // weight=0: ranks its ends but does not pull them into line
	MinLen         int     // 0 means 1
	Loose          bool    // constraint=false: does not rank its ends
	Invisible      bool
	TailPort       string // compass point, optional
	HeadPort       string
}

// Point is a position in px, y down.
type Point struct{ X, Y float64 }

// Box is a rectangle in px, y down.
type Box struct{ X, Y, W, H float64 }

// Result is the layout, in the order of the input slices.
type Result struct {
	Width, Height float64
	Nodes         []Box     // by input order
	Clusters      []Box     // depth first, parents before children, by input order
	ClusterLabels []Point   // centre of each cluster's label box
	Edges         [][]Point // spline control points: start, then 3 per cubic
	EdgeLabels    []Point   // centre of each edge's label, zero when none
}

var (
	mu    sync.Mutex
	gvz   *gv.Graphviz
	cache = map[string]*Result{}
)

// Layout runs dot on the graph. It is safe for concurrent use: calls are
// serialized, and repeated inputs are answered from a cache.
func Layout(ctx context.Context, g *Graph) (*Result, error) {
	src, err := DOT(g)
	if err != nil {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	if r, ok := cache[src]; ok {
		return r.clone(), nil
	}
	if gvz == nil {
		if gvz, err = gv.New(ctx); err != nil {
			gvz = nil
			return nil, fmt.Errorf("graphviz: start: %w", err)
		}
	}
	raw, err := run(ctx, src)
	if err != nil {
		return nil, err
	}
	r, err := decode(g, raw)
	if err != nil {
		return nil, fmt.Errorf("graphviz: read layout: %w", err)
	}
	cache[src] = r
	return r.clone(), nil
}

func run(ctx context.Context, src string) ([]byte, error) {
	graph, err := gv.ParseBytes([]byte(src))
	if err != nil {
		return nil, fmt.Errorf("graphviz: parse generated DOT: %w", err)
	}
	defer graph.Close()
	var out strings.Builder
	if err := gvz.Render(ctx, graph, gv.Format("json0"), &out); err != nil {
		return nil, fmt.Errorf("graphviz: layout: %w", err)
	}
	return []byte(out.String()), nil
}

func (r *Result) clone() *Result {
	c := *r
	c.Nodes = append([]Box(nil), r.Nodes...)
	c.Clusters = append([]Box(nil), r.Clusters...)
	c.ClusterLabels = append([]Point(nil), r.ClusterLabels...)
	c.EdgeLabels = append([]Point(nil), r.EdgeLabels...)
	c.Edges = make([][]Point, len(r.Edges))
	for i, e := range r.Edges {
		c.Edges[i] = append([]Point(nil), e...)
	}
	return &c
}

// DOT writes the graph as DOT source. Ids are quoted; they come from
// validated specs ([a-z0-9-]) but are checked again here.
func DOT(g *Graph) (string, error) {
	var b strings.Builder
	b.WriteString("digraph G {\n")
	rankdir := "TB"
	if g.LeftToRight {
		rankdir = "LR"
	}
	fmt.Fprintf(&b, "graph [rankdir=%s compound=true newrank=true nodesep=%s ranksep=%s pad=0 margin=0 splines=true outputorder=edgesfirst];\n",
		rankdir, inch(g.NodeSep), inch(g.RankSep))
	b.WriteString("node [shape=box fixedsize=true label=\"\" margin=0];\n")
	b.WriteString("edge [dir=none arrowhead=none arrowtail=none];\n")
	for i, n := range g.Nodes {
		if err := checkID(n.ID); err != nil {
			return "", err
		}
		if n.W <= 0 || n.H <= 0 {
			return "", fmt.Errorf("graphviz: node %q has size %gx%g", n.ID, n.W, n.H)
		}
		fmt.Fprintf(&b, "%q [id=\"n%d\" width=%s height=%s];\n", n.ID, i, inch(n.W), inch(n.H))
	}
	counter := 0
	var writeCluster func(c Cluster, depth int) error
	writeCluster = func(c Cluster, depth int) error {
		if err := checkID(c.ID); err != nil {
			return err
		}
		indent := strings.Repeat("  ", depth)
		fmt.Fprintf(&b, "%ssubgraph %q {\n", indent, "cluster_"+c.ID)
		fmt.Fprintf(&b, "%s  graph [id=\"c%d\" margin=%s labelloc=t labeljust=l label=%s];\n",
			indent, counter, pt(c.Margin), fixedLabel(c.LabelW, c.LabelH))
		counter++
		for _, id := range c.Nodes {
			fmt.Fprintf(&b, "%s  %q;\n", indent, id)
		}
		for _, cc := range c.Clusters {
			if err := writeCluster(cc, depth+1); err != nil {
				return err
			}
		}
		fmt.Fprintf(&b, "%s}\n", indent)
		return nil
	}
	for _, c := range g.Clusters {
		if err := writeCluster(c, 0); err != nil {
			return "", err
		}
	}
	for i, e := range g.Edges {
		attrs := []string{fmt.Sprintf(`id="e%d"`, i)}
		if e.LabelW > 0 && e.LabelH > 0 {
			attrs = append(attrs, "label="+fixedLabel(e.LabelW, e.LabelH))
		}
		if e.LTail != "" {
			attrs = append(attrs, "ltail="+strconv.Quote("cluster_"+e.LTail))
		}
		if e.LHead != "" {
			attrs = append(attrs, "lhead="+strconv.Quote("cluster_"+e.LHead))
		}
		switch {
		case e.NoPull:
			attrs = append(attrs, "weight=0")
		case e.Weight > 0:
			attrs = append(attrs, fmt.Sprintf("weight=%d", e.Weight))
		}
		if e.MinLen > 0 {
			attrs = append(attrs, fmt.Sprintf("minlen=%d", e.MinLen))
		}
		if e.Loose {
			attrs = append(attrs, "constraint=false")
		}
		if e.Invisible {
			attrs = append(attrs, "style=invis")
		}
		if e.TailPort != "" {
			attrs = append(attrs, "tailport="+compass(e.TailPort))
		}
		if e.HeadPort != "" {
			attrs = append(attrs, "headport="+compass(e.HeadPort))
		}
		fmt.Fprintf(&b, "%q -> %q [%s];\n", e.Tail, e.Head, strings.Join(attrs, " "))
	}
	for _, set := range g.SameRank {
		b.WriteString("{rank=same;")
		for _, id := range set {
			fmt.Fprintf(&b, " %q;", id)
		}
		b.WriteString("}\n")
	}
	b.WriteString("}\n")
	return b.String(), nil
}

func checkID(id string) error {
	if id == "" {
		return fmt.Errorf("graphviz: empty id")
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return fmt.Errorf("graphviz: id %q has %q; ids are [a-z0-9-]", id, r)
		}
	}
	return nil
}

func compass(s string) string {
	switch s {
	case "n", "s", "e", "w", "ne", "nw", "se", "sw", "c":
		return s
	}
	return "c"
}

// inch converts px to inches (Graphviz's unit for sizes), at 72 px an inch
// so that Graphviz points and our px are the same number.
func inch(px float64) string { return strconv.FormatFloat(px/72, 'f', 4, 64) }

func pt(px float64) string { return strconv.FormatFloat(px, 'f', 2, 64) }

// fixedLabel is an HTML-like label of a fixed size in points: Graphviz
// reserves the space without measuring any text.
func fixedLabel(w, h float64) string {
	if w <= 0 || h <= 0 {
		return `""`
	}
	return fmt.Sprintf(`<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD FIXEDSIZE="TRUE" WIDTH="%d" HEIGHT="%d"></TD></TR></TABLE>>`,
		int(math.Ceil(w)), int(math.Ceil(h)))
}

// The json0 output, the parts we read.
type jsonGraph struct {
	BB      string    `json:"bb"`
	Objects []jsonObj `json:"objects"`
	Edges   []jsonObj `json:"edges"`
}

type jsonObj struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	BB     string `json:"bb"`
	Pos    string `json:"pos"`
	LP     string `json:"lp"`
	Width  string `json:"width"`
	Height string `json:"height"`
}

func decode(g *Graph, raw []byte) (*Result, error) {
	var jg jsonGraph
	if err := json.Unmarshal(raw, &jg); err != nil {
		return nil, err
	}
	bb, err := floats(jg.BB, 4)
	if err != nil {
		return nil, fmt.Errorf("graph bb: %w", err)
	}
	height := bb[3]
	flip := func(x, y float64) Point { return Point{x - bb[0], height - y} }
	byID := map[string]jsonObj{}
	for _, o := range append(jg.Objects, jg.Edges...) {
		if o.ID != "" {
			byID[o.ID] = o
		}
	}
	r := &Result{Width: bb[2] - bb[0], Height: bb[3] - bb[1]}
	for i, n := range g.Nodes {
		o, ok := byID["n"+strconv.Itoa(i)]
		if !ok {
			return nil, fmt.Errorf("node %q missing from layout", n.ID)
		}
		p, err := floats(o.Pos, 2)
		if err != nil {
			return nil, fmt.Errorf("node %q pos: %w", n.ID, err)
		}
		c := flip(p[0], p[1])
		r.Nodes = append(r.Nodes, Box{c.X - n.W/2, c.Y - n.H/2, n.W, n.H})
	}
	count := countClusters(g.Clusters)
	for i := 0; i < count; i++ {
		o, ok := byID["c"+strconv.Itoa(i)]
		if !ok {
			return nil, fmt.Errorf("cluster %d missing from layout", i)
		}
		b, err := floats(o.BB, 4)
		if err != nil {
			return nil, fmt.Errorf("cluster %d bb: %w", i, err)
		}
		tl := flip(b[0], b[3])
		r.Clusters = append(r.Clusters, Box{tl.X, tl.Y, b[2] - b[0], b[3] - b[1]})
		var lp Point
		if o.LP != "" {
			l, err := floats(o.LP, 2)
			if err != nil {
				return nil, fmt.Errorf("cluster %d lp: %w", i, err)
			}
			lp = flip(l[0], l[1])
		}
		r.ClusterLabels = append(r.ClusterLabels, lp)
	}
	for i, e := range g.Edges {
		o, ok := byID["e"+strconv.Itoa(i)]
		if !ok {
			return nil, fmt.Errorf("edge %s->%s missing from layout", e.Tail, e.Head)
		}
		pts, err := spline(o.Pos, flip)
		if err != nil {
			return nil, fmt.Errorf("edge %s->%s: %w", e.Tail, e.Head, err)
		}
		r.Edges = append(r.Edges, pts)
		var lp Point
		if o.LP != "" {
			l, err := floats(o.LP, 2)
			if err != nil {
				return nil, fmt.Errorf("edge %s->%s lp: %w", e.Tail, e.Head, err)
			}
			lp = flip(l[0], l[1])
		}
		r.EdgeLabels = append(r.EdgeLabels, lp)
	}
	return r, nil
}

func countClusters(cs []Cluster) int {
	n := 0
	for _, c := range cs {
		n += 1 + countClusters(c.Clusters)
	}
	return n
}

// spline parses a Graphviz spline ("[s,x,y] [e,x,y] x,y x,y ..."); with
// dir=none there are no arrow end points, only the control points.
func spline(pos string, flip func(x, y float64) Point) ([]Point, error) {
	if pos == "" {
		return nil, nil // invisible edges may have none
	}
	// Several splines are separated by ';' for edges Graphviz splits;
	// concatenate them, they join end to start.
	var pts []Point
	for _, part := range strings.Split(pos, ";") {
		for _, tok := range strings.Fields(part) {
			if strings.HasPrefix(tok, "s,") || strings.HasPrefix(tok, "e,") {
				continue
			}
			p, err := floats(tok, 2)
			if err != nil {
				return nil, err
			}
			q := flip(p[0], p[1])
			if len(pts) > 0 && len(pts)%3 == 1 && pts[len(pts)-1] == q {
				continue // joint of two splines
			}
			pts = append(pts, q)
		}
	}
	if len(pts) < 4 || (len(pts)-1)%3 != 0 {
		return nil, fmt.Errorf("spline has %d points, want 1+3n", len(pts))
	}
	return pts, nil
}

func floats(s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("%q: want %d numbers", s, n)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", s, err)
		}
		out[i] = v
	}
	return out, nil
}
