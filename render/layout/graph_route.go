package layout

import (
	"math"
	"sort"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
)

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
