package layout

import (
	"cmp"
	"slices"

	"github.com/kubefig/kubefig/render/spec"
)

// anCand is one place a label could go.
type anCand struct {
	mark    int // index into marks
	side    spec.LabelSide
	lane    int
	left    bool
	variant int
	bx, bw  float64
	cost    float64
}

// anBeam is how many partial placements the label search keeps.
const anBeam = 24

// placeLabels puts the labels in lanes. Each label may go on either side
// (unless its spec fixes one), in any lane, wide or narrow, right or left
// of its leader, wherever it overlaps no label of its lane, its leader
// passes no label of a nearer lane, and no leader passes through it. A
// beam search over the labels in reading order keeps the placements of
// least total cost: near lanes, the preferred side, flying right, the
// wide wrap, and staying over the string.
func (p *anRow) placeLabels(st anStyles) {
	// A beam can starve: every state it kept may leave a later label
	// nowhere to go. Search again, wider, before giving up.
	for _, beam := range []int{anBeam, anBeam * 16} {
		if p.searchLabels(st, beam) {
			break
		}
	}
	for i := range p.marks {
		mk := &p.marks[i]
		if !mk.labelled {
			continue
		}
		lanes := p.laneH[mk.side]
		for len(lanes) <= mk.lane {
			lanes = append(lanes, 0)
		}
		lanes[mk.lane] = max(lanes[mk.lane], mk.label.h)
		p.laneH[mk.side] = lanes
	}
}

// searchLabels runs the beam search with the given width and applies the
// best placement found; it reports whether every label found a free place.
func (p *anRow) searchLabels(st anStyles, beam int) bool {
	w := p.width()
	lo, hi := -st.labelW, w+st.labelW
	type state struct {
		placed []anCand
		cost   float64
	}
	states := []state{{}}
	order := p.readingOrder()
	ok := true
	for k, i := range order {
		mk := &p.marks[i]
		if !mk.labelled {
			continue
		}
		// Extend every state by every free place; keep the cheapest.
		type ext struct {
			from int
			c    anCand
			cost float64
		}
		var exts []ext
		for si, s := range states {
			for _, c := range p.candidates(i, s.placed, lo, hi, w, lanesUsed(s.placed)) {
				c.cost += 2 * p.blocks(c, order[k+1:])
				exts = append(exts, ext{si, c, s.cost + c.cost})
			}
		}
		if len(exts) == 0 {
			// Nowhere free: the farthest lane on the preferred side, flying
			// right; the overlap tests will name it.
			ok = false
			c := anCand{mark: i, side: mk.side, lane: anMaxLanes - 1, bx: mk.cx - 1, bw: anRuleGap + mk.variants[0].w + 1, cost: 1000}
			for si, s := range states {
				exts = append(exts, ext{si, c, s.cost + c.cost})
			}
		}
		idx := make([]int, len(exts))
		for k := range idx {
			idx[k] = k
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(exts[a].cost, exts[b].cost) })
		next := make([]state, 0, min(len(exts), beam))
		for _, k := range idx[:min(len(exts), beam)] {
			e := exts[k]
			placed := append(append(make([]anCand, 0, len(states[e.from].placed)+1), states[e.from].placed...), e.c)
			next = append(next, state{placed, e.cost})
		}
		states = next
	}
	for _, c := range states[0].placed {
		mk := &p.marks[c.mark]
		mk.side, mk.lane, mk.left, mk.bx, mk.bw = c.side, c.lane, c.left, c.bx, c.bw
		mk.label = mk.variants[c.variant]
	}
	return ok
}

// blocks counts the labels still to place whose leader the candidate's
// label would stand over, on the side they prefer.
func (p *anRow) blocks(c anCand, later []int) float64 {
	n := 0.0
	for _, j := range later {
		o := p.marks[j]
		if !o.labelled || o.side != c.side {
			continue
		}
		if o.cx > c.bx-anClear && o.cx < c.bx+c.bw+anClear {
			n++
		}
	}
	return n
}

// candidates lists the free places for mark i's label, given the labels
// already placed, with their costs.
func (p *anRow) candidates(i int, placed []anCand, lo, hi, w float64, used map[spec.LabelSide]int) []anCand {
	mk := &p.marks[i]
	sides := []spec.LabelSide{mk.side}
	if !mk.fixed {
		sides = append(sides, opposite(mk.side))
	}
	var out []anCand
	for si, side := range sides {
		// A lane past the first empty one is never better than it.
		for lane := 0; lane < min(anMaxLanes, used[side]+1); lane++ {
			for vi, l := range mk.variants {
				for _, left := range []bool{false, true} {
					c := anCand{mark: i, side: side, lane: lane, left: left, variant: vi}
					tw := anRuleGap + l.w
					c.bx, c.bw = mk.cx-1, tw+1
					if left {
						c.bx = mk.cx - tw
					}
					if c.bx < lo || c.bx+c.bw > hi || !p.fits(c, placed) {
						continue
					}
					c.cost = float64(lane)*10 + float64(si)*3 + b2f(left)*3 + float64(vi)*1.5 +
						max(0, -c.bx)/40 + max(0, c.bx+c.bw-w)/100
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// lanesUsed counts the lanes the placed labels take on each side.
func lanesUsed(placed []anCand) map[spec.LabelSide]int {
	used := map[spec.LabelSide]int{}
	for _, c := range placed {
		used[c.side] = max(used[c.side], c.lane+1)
	}
	return used
}

// fits reports whether a label may take the candidate place.
func (p *anRow) fits(c anCand, placed []anCand) bool {
	cx := p.marks[c.mark].cx
	for _, o := range placed {
		if o.side != c.side {
			continue
		}
		switch {
		case o.lane == c.lane:
			gap := anLabelGapX
			l, r := o, c
			if c.bx < o.bx {
				l, r = c, o
			}
			if !l.left && r.left {
				gap = anFaceGapX // two texts face each other with no leader between
			}
			if c.bx < o.bx+o.bw+gap && o.bx < c.bx+c.bw+gap {
				return false
			}
		case o.lane < c.lane: // our leader passes o
			if cx > o.bx-anClear && cx < o.bx+o.bw+anClear {
				return false
			}
		default: // o's leader passes us
			if ocx := p.marks[o.mark].cx; ocx > c.bx-anClear && ocx < c.bx+c.bw+anClear {
				return false
			}
		}
	}
	return true
}

func opposite(s spec.LabelSide) spec.LabelSide {
	if s == spec.SideAbove {
		return spec.SideBelow
	}
	return spec.SideAbove
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
