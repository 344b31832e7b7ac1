package layout

import (
	"sort"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Side notes stand in a lane on either side of the stack: a bracket (or an
// arrow) beside the layers a note spans, a short leader, and the note's
// text. Brackets that overlap take tracks further out, the shortest nearest
// the stack; texts stand in one column beyond the tracks, each centred on
// its bracket and pushed down when it would touch the one above.

// Side note geometry in px.
const (
	noteGap     = 16.0  // between the stack and the first track
	noteTrack   = 14.0  // between tracks
	noteTick    = 7.0   // a bracket's end ticks
	noteTextGap = 12.0  // between the outermost track and the texts
	noteMaxW    = 250.0 // the widest note text
	noteSpacing = 10.0  // between two note texts
	noteInset   = 3.0   // a bracket stops short of its layers' edges
)

type notePlan struct {
	n       spec.SideNote
	y0, y1  float64 // the span of the layers
	track   int
	lines   []string
	h       float64 // the text's height
	textTop float64
}

func (sl *stackLayout) noteStyle() textmeasure.Style { return sans(sl.o.Theme.Size.Sublabel + 0.5) }

// sideNotes lays out the notes on one side of the stack.
func (sl *stackLayout) sideNotes(p *stackPlan, side spec.Side) []scene.Item {
	th, lang := sl.o.Theme, sl.o.Lang
	st := sl.noteStyle()
	var plans []*notePlan
	textW := 0.0
	for _, n := range sl.st.Notes {
		if n.Side != side {
			continue
		}
		np := &notePlan{n: n, y0: 1e18, y1: -1e18}
		for _, id := range n.Layers {
			b := p.boxes[sl.st.LayerIndex(id)]
			np.y0, np.y1 = min(np.y0, b.Y), max(np.y1, b.Y+b.H)
		}
		plans = append(plans, np)
		textW = max(textW, textmeasure.Width(n.Text.In(lang), st))
	}
	if len(plans) == 0 {
		return nil
	}
	textW = min(textW, noteMaxW)
	tracks := assignTracks(plans)

	// Texts: centred on their brackets, then pushed apart top to bottom.
	for _, np := range plans {
		np.lines = balancedWrap(np.n.Text, lang, st, textW)
		np.h = TextBlockHeight(len(np.lines), st, th.Size.LineHeight)
		np.textTop = (np.y0+np.y1)/2 - np.h/2
	}
	byY := append([]*notePlan(nil), plans...)
	sort.SliceStable(byY, func(i, j int) bool { return byY[i].textTop < byY[j].textTop })
	for i := 1; i < len(byY); i++ {
		byY[i].textTop = max(byY[i].textTop, byY[i-1].textTop+byY[i-1].h+noteSpacing)
	}

	// x positions, measured outwards from the stack's edge.
	dir, edge := 1.0, p.right
	anchor := scene.Start
	if side == spec.Left {
		dir, edge, anchor = -1, p.left, scene.End
	}
	trackX := func(t int) float64 { return edge + dir*(noteGap+float64(t)*noteTrack) }
	textX := edge + dir*(noteGap+float64(tracks-1)*noteTrack+noteTextGap)

	var out []scene.Item
	for _, np := range plans {
		rc := th.Role(np.n.Role)
		x := trackX(np.track)
		top, bottom := np.y0+noteInset, np.y1-noteInset
		var items []scene.Item
		stroke := scene.Stroke{Color: rc.Accent, Width: th.Size.EdgeWidth}
		switch np.n.Arrow {
		case spec.ArrowUp, spec.ArrowDown:
			tip, from := scene.Point{X: x, Y: top}, scene.Point{X: x, Y: bottom}
			if np.n.Arrow == spec.ArrowDown {
				tip, from = from, tip
			}
			shaft := towards(tip, from, th.Size.ArrowLength*0.8)
			stroke.Width = th.Size.EdgeWidth * 1.4
			items = append(items,
				scene.Item{Path: &scene.Path{Segments: scene.Polyline(from, shaft), Stroke: stroke}},
				scene.Item{Path: &scene.Path{Segments: scene.Arrowhead(tip, from, th.Size.ArrowLength, th.Size.ArrowWidth), Fill: rc.Accent}})
		default:
			tick := -dir * noteTick // the ticks point back at the stack
			items = append(items, scene.Item{Path: &scene.Path{Segments: scene.Polyline(
				scene.Point{X: x + tick, Y: top}, scene.Point{X: x, Y: top},
				scene.Point{X: x, Y: bottom}, scene.Point{X: x + tick, Y: bottom}), Stroke: stroke}})
		}
		// A leader from the bracket's middle to the text.
		mid := (top + bottom) / 2
		tc := np.textTop + np.h/2
		lead := scene.Stroke{Color: rc.Accent, Width: 1}
		items = append(items, scene.Item{Path: &scene.Path{Segments: scene.Polyline(
			scene.Point{X: x, Y: mid}, scene.Point{X: textX - dir*4, Y: tc}), Stroke: lead}})

		within := scene.Box{X: textX, Y: np.textTop, W: textW, H: np.h}
		if side == spec.Left {
			within.X = textX - textW
		}
		block, _ := TextBlock(textX, np.textTop, anchor, np.lines, st, th.Size.LineHeight, rc.Ink, within)
		items = append(items, block...)
		out = append(out, scene.Item{Group: &scene.Group{ID: "note-" + np.n.ID, Title: np.n.Text.In(lang), Items: items}})
	}
	return out
}

// assignTracks puts each note on the innermost track where it overlaps no
// other note's bracket, shortest spans first; it returns the track count.
func assignTracks(plans []*notePlan) int {
	order := append([]*notePlan(nil), plans...)
	sort.SliceStable(order, func(i, j int) bool {
		return order[i].y1-order[i].y0 < order[j].y1-order[j].y0
	})
	var taken [][]*notePlan
	for _, np := range order {
		t := 0
		for ; t < len(taken); t++ {
			free := true
			for _, o := range taken[t] {
				if np.y0 < o.y1 && o.y0 < np.y1 {
					free = false
					break
				}
			}
			if free {
				break
			}
		}
		if t == len(taken) {
			taken = append(taken, nil)
		}
		taken[t] = append(taken[t], np)
		np.track = t
	}
	return len(taken)
}
