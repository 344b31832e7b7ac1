package layout

import "sort"

// stackItem is a label to be placed in rows beside a line: the x of its
// leader (the line that joins it to the moment it marks and crosses every
// row between the label and the plot) and the boxes it may take, preferred
// first: right of the leader, left of it, narrower and taller.
type stackItem struct {
	anchor float64
	cands  []stackBox
}

// stackBox is one way to place a label: its box's left edge and width, and
// which of the item's layouts (wide, narrow) it is.
type stackBox struct {
	x, w   float64
	layout int
}

// placement is where stackRows put an item: its row (0 nearest the plot)
// and the box it took.
type placement struct {
	row int
	box stackBox
}

// stackRows places each item in a row so that no two boxes in a row come
// closer than gap and no leader passes through another label's box.
//
// Items are placed right to left, each in the nearest row where one of its
// boxes fits. A box may not cover the leader of an item still to be placed:
// that item could then go in no row farther out. An item that fits no
// existing row starts a new outermost row; if even that is blocked (two
// labels at one moment), it takes its first box there and its leader
// crosses a label: a spec to rearrange, which the overlap tests report.
func stackRows(items []stackItem, gap float64) []placement {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return items[order[a]].anchor > items[order[b]].anchor })

	out := make([]placement, len(items))
	done := make([]bool, len(items))
	outer := 0 // the first unused row
	for _, i := range order {
		found := false
		for r := 0; r <= outer && !found; r++ {
			for _, b := range items[i].cands {
				if fitsRow(i, b, r, items, out, done, gap) {
					out[i], found = placement{r, b}, true
					break
				}
			}
		}
		if !found {
			out[i] = placement{outer, items[i].cands[0]}
		}
		done[i] = true
		outer = max(outer, out[i].row+1)
	}
	return out
}

func fitsRow(i int, b stackBox, r int, items []stackItem, out []placement, done []bool, gap float64) bool {
	inBox := func(x float64, bx stackBox) bool { return x > bx.x-gap && x < bx.x+bx.w+gap }
	a := items[i].anchor
	for j := range items {
		if j == i {
			continue
		}
		if !done[j] {
			if inBox(items[j].anchor, b) {
				return false
			}
			continue
		}
		p := out[j]
		switch {
		case p.row == r:
			if b.x < p.box.x+p.box.w+gap && p.box.x < b.x+b.w+gap {
				return false
			}
		case p.row < r:
			// Our leader runs through row p.row to reach row r.
			if inBox(a, p.box) {
				return false
			}
		default:
			// Its leader runs through row r, where our box would be.
			if inBox(items[j].anchor, b) {
				return false
			}
		}
	}
	return true
}
