package layout

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// One row of an anatomy: the string, its brackets, and the labels stacked
// in lanes above and below it. Row coordinates put the start of the string
// at x = 0 and the top of its em box at y = 0; above is negative y.

// Anatomy geometry in px.
const (
	anStrGap    = 7.0  // between the string's em box and the ends of the brackets' ticks
	anTick      = 7.0  // a bracket's ticks
	anTier      = 12.0 // between nested brackets
	anInset     = 2.0  // a part's bracket is this much shorter than the part at each end
	anLeader    = 16.0 // the shortest leader, from the outermost bracket to the nearest lane
	anLaneGap   = 12.0 // between lanes of labels
	anLabelGapX = 18.0 // between labels of one lane
	anFaceGapX  = 48.0 // between a label flying right and one flying left, right of it
	anClear     = 8.0  // a leader keeps this far from labels it passes
	anRuleGap   = 9.0  // between a label's rule (its leader) and its text
	anMaxLanes  = 6
	anHeadGap   = 12.0 // under a row's heading
	anNoteGap   = 12.0 // over a row's note
	anPillH     = 18.0
	anPillPadX  = 6.0
	anPillGap   = 6.0 // between a name and the optional pill
	anBlockGap  = 3.0 // between name, desc and example in a label
)

// anMark is one annotation on a row: a bracket, and a label if named.
type anMark struct {
	id       string // group id
	title    string // accessible title
	span     bool
	x0, x1   float64 // the bracket
	cx       float64 // the leader
	role     string
	optional bool
	labelled bool
	side     spec.LabelSide // resolved: above or below
	fixed    bool           // the spec chose the side
	level    int
	inner    []int // a span's parts, as mark indexes
	label    anLabel
	variants []anLabel // the label wrapped wide, then narrow
	lane     int
	left     bool    // the label flies left of its leader
	bx, bw   float64 // the label's box, leader included
}

// anRow is a row measured and placed in row coordinates.
type anRow struct {
	row       *spec.AnatomyRow
	xs        []float64 // x of each part's start, and the string's end
	marks     []anMark
	laneH     map[spec.LabelSide][]float64
	levels    map[spec.LabelSide]int // bracket levels used per side
	emH       float64
	left      float64 // extent of the row's items, heading and note excluded
	right     float64
	above     float64 // height above y = 0, heading excluded
	below     float64 // height below y = 0, note excluded
	headLines []string
	noteLines []string
}

// planRow measures a row, resolves sides and places every label.
func planRow(r *spec.AnatomyRow, an *spec.Anatomy, st anStyles, o Options) anRow {
	p := anRow{row: r, laneH: map[spec.LabelSide][]float64{}, levels: map[spec.LabelSide]int{}}
	m := textmeasure.Extents(st.str)
	p.emH = m.EmTop + m.EmBottom
	x := 0.0
	for _, part := range r.Parts {
		p.xs = append(p.xs, x)
		x += textmeasure.Width(part.Text, st.str)
	}
	p.xs = append(p.xs, x)
	p.marks = p.buildMarks(an, st, o)
	p.resolveSides()
	p.assignLevels()
	p.placeLabels(st)
	p.measureExtents(st, o)
	return p
}

// width is the string's width.
func (p *anRow) width() float64 { return p.xs[len(p.xs)-1] }

// trimmed returns the x range of part i without its leading and trailing
// spaces.
func (p *anRow) trimmed(i int, st textmeasure.Style) (float64, float64) {
	t := p.row.Parts[i].Text
	lead := len(t) - len(strings.TrimLeft(t, " "))
	trail := len(t) - len(strings.TrimRight(t, " "))
	x0 := p.xs[i] + textmeasure.Width(t[:lead], st)
	x1 := p.xs[i+1] - textmeasure.Width(t[len(t)-trail:], st)
	return x0, x1
}

func (p *anRow) buildMarks(an *spec.Anatomy, st anStyles, o Options) []anMark {
	var marks []anMark
	partMark := map[string]int{}
	for i := range p.row.Parts {
		part := &p.row.Parts[i]
		if !part.Annotated() {
			continue
		}
		x0, x1 := p.trimmed(i, st.str)
		mk := anMark{id: "part-" + part.ID, span: false, x0: x0 + anInset, x1: x1 - anInset,
			role: part.Role, optional: part.Optional, labelled: part.Labelled(),
			side: part.Side, fixed: part.Side != spec.SideAuto}
		mk.cx = (mk.x0 + mk.x1) / 2
		mk.title = markTitle(part.Text, part.Annotation, o)
		if mk.labelled {
			mk.variants = labelVariants(&part.Annotation, an, st, o)
		}
		partMark[part.ID] = len(marks)
		marks = append(marks, mk)
	}
	for si := range p.row.Spans {
		s := &p.row.Spans[si]
		from, to := p.partIndex(s.From), p.partIndex(s.To)
		x0, _ := p.trimmed(from, st.str)
		_, x1 := p.trimmed(to, st.str)
		var text strings.Builder
		var inner []int
		for k := from; k <= to; k++ {
			text.WriteString(p.row.Parts[k].Text)
			if mi, ok := partMark[p.row.Parts[k].ID]; ok {
				inner = append(inner, mi)
			}
		}
		mk := anMark{id: "span-" + s.ID, span: true, x0: x0, x1: x1, cx: (x0 + x1) / 2,
			role: s.Role, optional: s.Optional, labelled: true, inner: inner,
			side: s.Side, fixed: s.Side != spec.SideAuto,
			title:    markTitle(text.String(), s.Annotation, o),
			variants: labelVariants(&s.Annotation, an, st, o)}
		marks = append(marks, mk)
	}
	return marks
}

func (p *anRow) partIndex(id string) int {
	for i, part := range p.row.Parts {
		if part.ID == id {
			return i
		}
	}
	panic("layout: anatomy span names unknown part " + id + "; validate the spec first")
}

func markTitle(text string, a spec.Annotation, o Options) string {
	s := strings.TrimSpace(text)
	if n := a.Name.In(o.Lang); n != "" {
		s += ": " + n
	}
	if d := a.Desc.In(o.Lang); d != "" {
		s += " (" + d + ")"
	}
	return s
}

// resolveSides gives every mark a side. A span's label goes where none of
// its parts' labels is (the parts' leaders would cross its bracket), above
// when it may choose: the whole over the string, the pieces under it.
// Parts inside a span take the other side; a bracket with no label sits
// below. Other labels alternate, below first, in reading order.
func (p *anRow) resolveSides() {
	other := func(s spec.LabelSide) spec.LabelSide {
		if s == spec.SideAbove {
			return spec.SideBelow
		}
		return spec.SideAbove
	}
	for i := range p.marks {
		mk := &p.marks[i]
		if !mk.span || mk.fixed {
			continue
		}
		mk.side = spec.SideAbove
		for _, k := range mk.inner {
			if in := p.marks[k]; in.fixed && in.labelled && in.side == spec.SideAbove {
				mk.side = spec.SideBelow
			}
		}
	}
	for i := range p.marks {
		mk := &p.marks[i]
		if !mk.span {
			continue
		}
		for _, k := range mk.inner {
			if in := &p.marks[k]; !in.fixed && in.labelled {
				in.side, in.fixed = other(mk.side), true
			}
		}
	}
	n := 0
	for _, i := range p.readingOrder() {
		mk := &p.marks[i]
		switch {
		case mk.fixed || mk.span:
		case !mk.labelled:
			mk.side = spec.SideBelow
		default:
			mk.side = spec.SideBelow
			if n%2 == 1 {
				mk.side = spec.SideAbove
			}
			n++
		}
	}
}

// readingOrder returns the mark indexes by leader x, spans after the
// parts they hold when the leaders tie.
func (p *anRow) readingOrder() []int {
	idx := make([]int, len(p.marks))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return p.marks[idx[a]].cx < p.marks[idx[b]].cx })
	return idx
}

// assignLevels nests a span's bracket outside the brackets of its parts on
// the same side.
func (p *anRow) assignLevels() {
	for i := range p.marks {
		mk := &p.marks[i]
		for _, k := range mk.inner {
			if p.marks[k].side == mk.side {
				mk.level = 1
			}
		}
		p.levels[mk.side] = max(p.levels[mk.side], mk.level+1)
	}
}

// bracketY is the y of a bracket's line at a level on a side.
func (p *anRow) bracketY(side spec.LabelSide, level int) float64 {
	d := anStrGap + anTick + float64(level)*anTier
	if side == spec.SideAbove {
		return -d
	}
	return p.emH + d
}

// zone is how far the brackets of a side reach from the string's em box.
func (p *anRow) zone(side spec.LabelSide) float64 {
	if p.levels[side] == 0 {
		return 0
	}
	return anStrGap + anTick + float64(p.levels[side]-1)*anTier
}

// laneTop is the distance from the string's em box to the near edge of a
// lane.
func (p *anRow) laneTop(side spec.LabelSide, lane int) float64 {
	d := p.zone(side) + anLeader
	for k := 0; k < lane; k++ {
		d += p.laneH[side][k] + anLaneGap
	}
	return d
}

// lanesH is the height of a side's labels, from the em box out.
func (p *anRow) lanesH(side spec.LabelSide) float64 {
	n := len(p.laneH[side])
	if n == 0 {
		return p.zone(side)
	}
	return p.laneTop(side, n-1) + p.laneH[side][n-1]
}

// measureExtents finds the row's box and wraps its heading and note.
func (p *anRow) measureExtents(st anStyles, o Options) {
	p.left, p.right = 0, p.width()
	for _, mk := range p.marks {
		if mk.labelled {
			p.left, p.right = min(p.left, mk.bx), max(p.right, mk.bx+mk.bw)
		}
	}
	p.above = p.lanesH(spec.SideAbove)
	p.below = p.emH + p.lanesH(spec.SideBelow)
	wrapW := max(p.right, 360)
	if h := p.row.Label.In(o.Lang); h != "" {
		p.headLines = wrapText(p.row.Label, o.Lang, st.head, wrapW)
	}
	if n := p.row.Note.In(o.Lang); n != "" {
		p.noteLines = wrapText(p.row.Note, o.Lang, st.note, wrapW)
	}
}

// headH is the height of the heading with its gap, 0 without one.
func (p *anRow) headH(st anStyles, o Options) float64 {
	if len(p.headLines) == 0 {
		return 0
	}
	return TextBlockHeight(len(p.headLines), st.head, o.Theme.Size.LineHeight) + anHeadGap
}

// noteH is the height of the note with its gap, 0 without one.
func (p *anRow) noteH(st anStyles, o Options) float64 {
	if len(p.noteLines) == 0 {
		return 0
	}
	return anNoteGap + TextBlockHeight(len(p.noteLines), st.note, o.Theme.Size.LineHeight)
}

// glyphColor is the colour of a part's text: its role's ink; plain text
// in the text colour; separators (no letter, no digit) muted.
func glyphColor(part spec.Part, o Options) scene.Color {
	th := o.Theme
	switch {
	case part.Role != "":
		return th.Role(part.Role).Ink
	case part.Labelled():
		return th.Text
	}
	for _, r := range part.Text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return th.Text
		}
	}
	return th.Muted
}
