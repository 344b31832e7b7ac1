package layout

import (
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// Numbered paths: each edge on a path is drawn in the path's colour and
// carries the path's number in a badge at the start of its label. Edges
// without a label get a label of badges only, so Graphviz reserves room
// for the badge as it does for any label: nothing is drawn over a line or
// a box it did not plan for.

const (
	badgeR   = 9.0 // NumberBadge's radius
	badgeGap = 3.0 // between two badges, and between badges and text
	// badgeLead is the room left of the first badge: dot runs an edge
	// along the left side of its label, and a badge touching the line
	// reads as sitting on it.
	badgeLead = 6.0
)

// pathsOf lists, for each edge of the graph, the indices of the paths it
// is on, in the order of g.Paths.
func pathsOf(g *spec.Graph) [][]int {
	byID := map[string]int{}
	for i, e := range g.Edges {
		if e.ID != "" {
			byID[e.ID] = i
		}
	}
	out := make([][]int, len(g.Edges))
	for p, path := range g.Paths {
		for _, m := range path.Members {
			if i, ok := byID[m]; ok && !contains(out[i], p) {
				out[i] = append(out[i], p)
			}
		}
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// addPathBadges widens the label of every edge on a path by its badges,
// before the sizes go to Graphviz.
func (gl *graphLayout) addPathBadges() {
	gl.edgePaths = pathsOf(gl.g)
	sz := gl.th.Size
	for i, ps := range gl.edgePaths {
		if len(ps) == 0 || gl.g.Edges[i].Hidden {
			continue
		}
		l := &gl.labels[i]
		n := float64(len(ps))
		bw := n*2*badgeR + (n-1)*badgeGap
		if len(l.lines) == 0 {
			l.st = sans(sz.EdgeLabel)
			l.w = badgeLead + bw + labelPadY
			l.h = 2*badgeR + 2*labelPadY
		} else {
			l.w += badgeLead + bw + badgeGap - labelPadX
			l.h = max(l.h, 2*badgeR+2*labelPadY)
		}
		l.badges = ps
	}
}

// edgeColors returns the role colours and the line colour of edge i: the
// focused path's when the edge is on one, else the edge's own role, else
// its first path's, else the neutral line colour.
func (gl *graphLayout) edgeColors(i int) (theme.RoleColors, scene.Color, string) {
	th := gl.th
	e := gl.g.Edges[i]
	role := e.Role
	ps := gl.edgePaths[i]
	for _, p := range ps {
		if gl.focus.paths[gl.g.Paths[p].ID] {
			role = gl.g.Paths[p].Role
			break
		}
	}
	if role == spec.RoleNeutral && len(ps) > 0 && !gl.focusedPath(ps) {
		role = gl.g.Paths[ps[0]].Role
	}
	rc := th.Role(role)
	if role == spec.RoleNeutral {
		return rc, th.Line, role
	}
	return rc, rc.Accent, role
}

func (gl *graphLayout) focusedPath(ps []int) bool {
	for _, p := range ps {
		if gl.focus.paths[gl.g.Paths[p].ID] {
			return true
		}
	}
	return false
}

// drawBadges draws the number badges of a label from its left edge x,
// centred on y; badges of paths outside the focus are dimmed.
func (gl *graphLayout) drawBadges(l edgeLabel, x, y float64) ([]scene.Item, float64) {
	var items []scene.Item
	for k, p := range l.badges {
		path := gl.g.Paths[p]
		c := scene.Point{X: x + badgeR, Y: y}
		badge := NumberBadge(c, path.Number, gl.th.Role(path.Role), gl.th)
		if gl.focus.active() && !gl.focus.paths[path.ID] {
			Dim(badge, gl.th)
		}
		items = append(items, badge...)
		x += 2 * badgeR
		if k < len(l.badges)-1 {
			x += badgeGap
		}
	}
	return items, x
}

// pathLegend is the legend entries of the labelled paths, in number
// order.
func pathLegend(g *spec.Graph) []spec.LegendItem {
	var out []spec.LegendItem
	for n := 1; n <= 20; n++ {
		for _, p := range g.Paths {
			if p.Number == n && !p.Label.IsZero() {
				out = append(out, spec.LegendItem{Role: p.Role, Marker: spec.MarkerLine,
					Label: p.Label, Number: p.Number, For: p.ID})
			}
		}
	}
	return out
}
