package layout

import (
	"math"
	"sort"

	"github.com/kubefig/kubefig/render/textmeasure"
)

// seqSpan asks for lifeline a and lifeline b (a < b) to stand at least w
// apart; a message's span instead fits the message, wrapping its label
// to the room there is.
type seqSpan struct {
	a, b int
	w    float64
	row  int // the message's row, or -1
}

// placeColumns sets the lifelines' x. Neighbours first stand apart by
// their headers (and the option's stretch); then, narrowest spans first,
// every label between two lifelines wraps to the room it has (see
// labelRoom) and widens the gaps it spans by what is still missing,
// shared evenly. Last, every label wraps again to the room it ended up
// with, and the extent of the columns is known.
func (l *seqLayout) placeColumns() {
	n := len(l.actors)
	gaps := make([]float64, max(n-1, 0))
	for i := range gaps {
		a, b := l.actors[i], l.actors[i+1]
		gaps[i] = a.w/2 + b.w/2 + l.boxGap(i) + l.opt.stretch
	}
	var spans []seqSpan
	for i, r := range l.rows {
		switch {
		case r.step.Message != nil && r.from != r.to:
			spans = append(spans, seqSpan{min(r.from, r.to), max(r.from, r.to), 0, i})
		case r.step.Message != nil && r.from < n-1:
			spans = append(spans, seqSpan{r.from, r.from + 1, 0, i})
		case r.step.Note != nil && r.from != r.to:
			spans = append(spans, seqSpan{r.from, r.to, r.blockW - 2*seqNoteReach, -1})
		}
	}
	for gi, g := range l.sq.Groups {
		first, last := l.groupSpan(gi)
		if first < 0 || last == first {
			continue
		}
		need := textmeasure.Width(g.Label.In(l.o.Lang), l.groupSt) + 2*seqHeaderPadX - 2*seqGroupPad
		spans = append(spans, seqSpan{first, last, need - l.actors[first].w/2 - l.actors[last].w/2, -1})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].b-spans[i].a < spans[j].b-spans[j].a })
	have := func(s seqSpan) float64 {
		h := 0.0
		for i := s.a; i < s.b; i++ {
			h += gaps[i]
		}
		return h
	}
	for _, s := range spans {
		need := s.w
		if s.row >= 0 {
			r := &l.rows[s.row]
			l.wrapMessage(r, l.labelRoom(r, have(s)))
			need = l.labelNeed(r)
		}
		if h := have(s); h < need {
			add := (need - h) / float64(s.b-s.a)
			for i := s.a; i < s.b; i++ {
				gaps[i] += add
			}
		}
	}

	l.x = make([]float64, n)
	l.x[0] = l.actors[0].w/2 + l.groupPad(0)
	for i := 1; i < n; i++ {
		l.x[i] = l.x[i-1] + gaps[i-1]
	}
	l.setExtent(l.rewrap())
}

// rewrap wraps every message label again to the room it ended up with,
// and returns the room a self-message on the last lifeline needs to its
// right.
func (l *seqLayout) rewrap() (selfRight float64) {
	n := len(l.actors)
	for i := range l.rows {
		r := &l.rows[i]
		if r.step.Message == nil {
			continue
		}
		room := l.opt.wrapW
		switch {
		case r.from != r.to:
			room = l.labelRoom(r, math.Abs(l.x[r.to]-l.x[r.from]))
		case r.from < n-1:
			room = l.labelRoom(r, l.x[r.from+1]-l.x[r.from])
		}
		l.wrapMessage(r, room)
		if r.from == r.to && r.from == n-1 {
			selfRight = max(selfRight, l.labelNeed(r))
		}
	}
	return selfRight
}

// setExtent sets left and right, the extent of the columns: headers,
// bands, notes, phase bands and a last self-message's label.
func (l *seqLayout) setExtent(selfRight float64) {
	n := len(l.actors)
	l.left = 0
	l.right = l.x[n-1] + l.actors[n-1].w/2 + l.groupPad(n-1)
	l.right = max(l.right, l.x[n-1]+selfRight)
	for _, r := range l.rows {
		if r.step.Note != nil {
			l.left = min(l.left, l.x[r.from]-max(seqNoteReach, r.blockW/2))
			l.right = max(l.right, l.x[r.to]+max(seqNoteReach, r.blockW/2))
		}
		if r.step.Phase != nil {
			l.right = max(l.right, l.left+r.blockW)
		}
	}
}

// labelRoom is the width a message's text wraps to when its lifelines
// stand span apart: the option's wrap width, or more when the lifelines
// already stand further apart (what is left after the padding, the number
// badge and a self-message's loop), up to seqRoomReach times as much.
func (l *seqLayout) labelRoom(r *seqRow, span float64) float64 {
	room := span - 2*seqLabelPad
	if r.from == r.to {
		room = span - seqLoopW - seqLoopLabel - seqLabelPad
	}
	if r.number > 0 {
		room -= seqBadgeD + seqBadgeGap
	}
	if r.from == r.to {
		// A loop is two lines high anyway: a self-message's label
		// wraps into the room beside it sooner than it widens it, as
		// long as that keeps it to two lines.
		w := min(max(room, seqSelfWrap*l.opt.wrapW), l.opt.wrapW)
		m := r.step.Message
		lines := func(w float64) int { return len(l.wrap.balanced(m.Label, l.labelStyle(m.Label), w)) }
		if n := lines(w); n > 2 && n > lines(l.opt.wrapW) {
			w = l.opt.wrapW
		}
		return w
	}
	return max(l.opt.wrapW, min(room, seqRoomReach*l.opt.wrapW))
}

// labelNeed is how far apart a message's lifelines must stand (or, for a
// self-message, its lifeline and the next) for its label block.
func (l *seqLayout) labelNeed(r *seqRow) float64 {
	if r.from == r.to {
		return seqLoopW + seqLoopLabel + r.blockW + seqLabelPad
	}
	return max(r.blockW+2*seqLabelPad, 60)
}

// groupSpan returns the first and last column of group gi, or -1, -1.
func (l *seqLayout) groupSpan(gi int) (first, last int) {
	first, last = -1, -1
	for i, a := range l.actors {
		if a.group == gi {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// boxGap is the room between the header boxes of actors i and i+1:
// a column gap inside a band (or between two actors outside bands), band
// padding and a band gap across a band's edge.
func (l *seqLayout) boxGap(i int) float64 {
	a, b := l.actors[i], l.actors[i+1]
	if a.group == b.group {
		return seqColGap
	}
	return l.groupPad(i) + l.groupPad(i+1) + seqGroupGap
}

func (l *seqLayout) groupPad(i int) float64 {
	if l.actors[i].group >= 0 {
		return seqGroupPad
	}
	return 0
}
