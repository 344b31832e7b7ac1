package graphviz

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func sample(n int) *Graph {
	g := &Graph{NodeSep: 20, RankSep: 30}
	for i := 0; i < n; i++ {
		g.Nodes = append(g.Nodes, Node{ID: fmt.Sprintf("n%d", i), W: 100 + float64(i), H: 40})
		if i > 0 {
			g.Edges = append(g.Edges, Edge{Tail: "n0", Head: fmt.Sprintf("n%d", i), LabelW: 60, LabelH: 16})
		}
	}
	g.Clusters = []Cluster{{ID: "c", LabelW: 80, LabelH: 20, Margin: 10, Nodes: []string{"n1", "n2"}}}
	return g
}

func TestLayoutSizesAndOrder(t *testing.T) {
	g := sample(4)
	r, err := Layout(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Nodes) != 4 || len(r.Edges) != 3 || len(r.Clusters) != 1 {
		t.Fatalf("got %d nodes, %d edges, %d clusters", len(r.Nodes), len(r.Edges), len(r.Clusters))
	}
	for i, b := range r.Nodes {
		if b.W != g.Nodes[i].W || b.H != g.Nodes[i].H {
			t.Errorf("node %d: size %gx%g, want the given %gx%g", i, b.W, b.H, g.Nodes[i].W, g.Nodes[i].H)
		}
		if b.X < -0.5 || b.Y < -0.5 || b.X+b.W > r.Width+0.5 || b.Y+b.H > r.Height+0.5 {
			t.Errorf("node %d at %+v is outside the %gx%g layout", i, b, r.Width, r.Height)
		}
	}
	// Top to bottom: n0 is above the nodes it points to.
	for i := 1; i < 4; i++ {
		if r.Nodes[i].Y <= r.Nodes[0].Y {
			t.Errorf("n%d (y=%g) is not below n0 (y=%g)", i, r.Nodes[i].Y, r.Nodes[0].Y)
		}
	}
	c := r.Clusters[0]
	for _, i := range []int{1, 2} {
		n := r.Nodes[i]
		if n.X < c.X || n.Y < c.Y || n.X+n.W > c.X+c.W || n.Y+n.H > c.Y+c.H {
			t.Errorf("n%d %+v is outside its cluster %+v", i, n, c)
		}
	}
	for i, e := range r.Edges {
		if len(e) < 4 || (len(e)-1)%3 != 0 {
			t.Errorf("edge %d has %d spline points", i, len(e))
		}
		if r.EdgeLabels[i] == (Point{}) {
			t.Errorf("edge %d has no label position", i)
		}
	}
}

// TestConcurrentLayouts: go-graphviz is not safe for concurrent use; the
// mutex makes Layout safe. Distinct graphs miss the cache, so each one
// really enters Graphviz.
func TestConcurrentLayouts(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := sample(3 + i%5)
			g.Nodes[0].W = 100 + float64(i) // make every input distinct
			if _, err := Layout(context.Background(), g); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestCacheReturnsCopies(t *testing.T) {
	g := sample(3)
	a, err := Layout(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	a.Nodes[0].X = -999
	a.Edges[0][0].X = -999
	b, _ := Layout(context.Background(), g)
	if b.Nodes[0].X == -999 || b.Edges[0][0].X == -999 {
		t.Error("a caller's change leaked into the cache")
	}
}

func TestDOTRejectsBadIDs(t *testing.T) {
	for _, id := range []string{"", `a"b`, "A", "x;y", "n\n"} {
		g := &Graph{Nodes: []Node{{ID: id, W: 10, H: 10}}}
		if _, err := DOT(g); err == nil {
			t.Errorf("id %q was accepted", id)
		}
	}
	g := sample(2)
	src, err := DOT(g)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(src, `FIXEDSIZE="TRUE" WIDTH="60" HEIGHT="16"`) || !strings.Contains(src, "fixedsize=true") {
		t.Errorf("labels and nodes must be fixed-size boxes:\n%s", src)
	}
}
