package spec

import "fmt"

var sides = map[string]bool{"": true, "n": true, "s": true, "e": true, "w": true, "ne": true, "nw": true, "se": true, "sw": true}

func (g *Graph) validate(c *checker) {
	switch g.Direction {
	case TopToBottom, LeftToRight:
	default:
		c.addf("graph", "direction %q is not \"\" (top to bottom) or LR", g.Direction)
	}
	nodes := 0
	g.Walk(func(n *Node, _ string) {
		nodes++
		c.id("node", n.ID)
		elem := fmt.Sprintf("node %q", n.ID)
		c.text(elem, "label", n.Label, true)
		c.text(elem, "sublabel", n.Sublabel, false)
		c.role(elem, n.Role)
		c.lineStyle(elem, n.Style)
		if !knownKind(n.Kind) {
			c.addf(elem, "kind %q is unknown", n.Kind)
		}
		if n.MinWidth < 0 {
			c.addf(elem, "minWidth %g is negative", n.MinWidth)
		}
	}, func(gr *Group, _ string) {
		c.id("group", gr.ID)
		elem := fmt.Sprintf("group %q", gr.ID)
		c.text(elem, "label", gr.Label, true)
		c.role(elem, gr.Role)
		c.lineStyle(elem, gr.Style)
		if len(gr.Nodes) == 0 && len(gr.Groups) == 0 {
			c.addf(elem, "is empty; give it nodes or groups")
		}
	})
	if nodes == 0 {
		c.addf("graph", "has no nodes")
	}
	for i, e := range g.Edges {
		elem := fmt.Sprintf("edge %s->%s", e.From, e.To)
		if e.ID != "" {
			c.id("edge", e.ID)
			elem = fmt.Sprintf("edge %q (%s->%s)", e.ID, e.From, e.To)
		} else if e.From == "" && e.To == "" {
			elem = fmt.Sprintf("edge %d", i+1)
		}
		for _, end := range []struct{ name, id string }{{"from", e.From}, {"to", e.To}} {
			kind, ok := c.has(end.id)
			switch {
			case end.id == "":
				c.addf(elem, "%s is empty", end.name)
			case !ok:
				c.addf(elem, "%s names unknown node %q", end.name, end.id)
			case kind != "node" && kind != "group":
				c.addf(elem, "%s names %s %q; edges join nodes and groups", end.name, kind, end.id)
			}
		}
		c.text(elem, "label", e.Label, false)
		c.role(elem, e.Role)
		c.lineStyle(elem, e.Style)
		switch e.Arrow {
		case ArrowForward, ArrowBack, ArrowBoth, ArrowNone:
		default:
			c.addf(elem, "arrow %q is not one of \"\", back, both, none", e.Arrow)
		}
		if e.Weight < 0 || e.MinLen < 0 {
			c.addf(elem, "weight and minLen must not be negative")
		}
		if !sides[e.FromSide] || !sides[e.ToSide] {
			c.addf(elem, "sides %q / %q: use n, s, e, w, ne, nw, se, sw", e.FromSide, e.ToSide)
		}
	}
	for i, set := range g.SameRank {
		for _, id := range set {
			if kind, ok := c.has(id); !ok || kind != "node" {
				c.addf(fmt.Sprintf("sameRank set %d", i+1), "names unknown node %q", id)
			}
		}
	}
	if g.NodeSep < 0 || g.RankSep < 0 || g.EdgeLabelWidth < 0 {
		c.addf("graph", "nodeSep, rankSep and edgeLabelWidth must not be negative")
	}
	g.validatePaths(c)
}

// validatePaths checks the paths after every node, group and edge has
// claimed its id, so members can name any of them.
func (g *Graph) validatePaths(c *checker) {
	numbers := map[int]string{}
	for i, p := range g.Paths {
		elem := fmt.Sprintf("path %d", i+1)
		if p.ID != "" {
			elem = fmt.Sprintf("path %q", p.ID)
		}
		c.id("path", p.ID)
		c.role(elem, p.Role)
		c.text(elem, "label", p.Label, false)
		if p.Number < 1 || p.Number > 20 {
			c.addf(elem, "number %d is outside 1-20", p.Number)
		} else if prev, ok := numbers[p.Number]; ok {
			c.addf(elem, "number %d is already path %q's; give each path its own", p.Number, prev)
		} else {
			numbers[p.Number] = p.ID
		}
		if len(p.Members) == 0 {
			c.addf(elem, "has no members; list the ids of its nodes, groups and edges")
		}
		for _, m := range p.Members {
			kind, ok := c.has(m)
			switch {
			case !ok:
				c.addf(elem, "member %q is unknown; name a node, group or edge id (edges need an ID to be members)", m)
			case kind != "node" && kind != "group" && kind != "edge":
				c.addf(elem, "member %q is a %s; members are nodes, groups and edges", m, kind)
			}
		}
	}
}

func knownKind(k NodeKind) bool {
	for _, x := range NodeKinds {
		if x == k {
			return true
		}
	}
	return false
}
