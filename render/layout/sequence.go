package layout

import (
	"math"

	"github.com/kubefig/kubefig/render/icons"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// Sequence lays out a sequence body: a row of actor headers (under their
// group bands) with a lifeline each, then one row per step, top to
// bottom. Columns stand as far apart as the labels between them need;
// every label is measured and wraps at a width the layout chooses, with
// the room between rows, so that the finished picture, fitted into a
// frame of the target aspect (Sequence.Aspect, 16:9 by default), is drawn
// largest. A picture still taller than 4:3 then gets its columns spread
// wider, one still wider than 2:1 more room between its rows. When the
// caller gives a width, the body fits it instead. The spec must have
// passed Validate.
func Sequence(d *spec.Diagram, o Options) (Body, error) {
	sq := d.Sequence
	wrap := newSeqWrapper(o.Lang) // shared by every option tried
	if o.Width > 0 {
		// The widest labels that fit, at the default spacing.
		for _, w := range seqWrapWidths {
			if body := newSeqLayout(sq, o, seqOption{wrapW: w, rowGap: seqRowGaps[0]}, wrap).build(); body.Bounds.W <= o.Width {
				return body, nil
			}
		}
		return newSeqLayout(sq, o, seqOption{wrapW: seqWrapWidths[len(seqWrapWidths)-1], rowGap: seqRowGaps[0]}, wrap).build(), nil
	}
	framed := func(op seqOption) *scene.Scene {
		body := newSeqLayout(sq, o, op, wrap).build()
		return Frame(withBodyLegend(d, body), o, body)
	}
	var opts []seqOption
	for _, g := range seqRowGaps {
		for _, w := range seqWrapWidths {
			opts = append(opts, seqOption{wrapW: w, rowGap: g})
		}
	}
	best := largestInFrame(opts, aspectOf(sq.Aspect), framed)
	// Into the slide-friendly range: a few rounds, since wider columns
	// may unwrap labels and more room may change the frame's notes.
	for range 4 {
		s := framed(best)
		a := s.Width / s.Height
		switch {
		case a < 4.0/3 && len(sq.Actors) > 1:
			best.stretch += (4.0/3*s.Height - s.Width + 1) / float64(len(sq.Actors)-1)
		case a > 2 && best.extraGap < seqMaxExtraGap:
			best.extraGap = min(seqMaxExtraGap, best.extraGap+(s.Width/2-s.Height+1)/float64(len(sq.Steps)+1))
		default:
			return newSeqLayout(sq, o, best, wrap).build(), nil
		}
	}
	return newSeqLayout(sq, o, best, wrap).build(), nil
}

// largestInFrame returns the option whose finished picture, fitted into a
// frame of the target aspect (a 16:9 slide), is drawn largest: its text
// is the most readable there. An option inside the slide-friendly range
// (4:3 to 2:1) always beats one outside it; on a tie the earlier option
// wins.
func largestInFrame[T any](options []T, target float64, framed func(T) *scene.Scene) T {
	best, bestScore := options[0], math.Inf(-1)
	for _, opt := range options {
		s := framed(opt)
		score := min(target/s.Width, 1/s.Height) // the scale into a frame target wide, 1 high
		if a := s.Width / s.Height; a < 4.0/3 || a > 2 {
			score -= 1
		}
		if score > bestScore+1e-12 {
			best, bestScore = opt, score
		}
	}
	return best
}

// seqOption is one way to lay a sequence out: how wide a message label may
// grow before it wraps, and the room under each row; then, to reach a
// slide-friendly shape, room added to every gap between lifelines, and
// above the first row and under every row.
type seqOption struct {
	wrapW    float64
	rowGap   float64
	stretch  float64
	extraGap float64
}

// The options the aspect search tries, widest labels and roomiest rows
// first (on a tie, the first wins).
var (
	seqWrapWidths = []float64{300, 250, 210, 180, 150}
	seqRowGaps    = []float64{16, 12, 9}
)

// Geometry of a sequence in px.
const (
	seqHeaderText  = 130 // widest header line before it wraps
	seqHeaderPadX  = 12
	seqHeaderPadY  = 9
	seqIconGap     = 5  // between a header's icon and its label
	seqColGap      = 22 // between header boxes
	seqGroupPad    = 10 // around the header boxes inside a group band
	seqGroupGap    = 22 // between neighbouring bands
	seqLabelPad    = 12 // between a message label and the lifelines beside it
	seqLabelGap    = 5  // between a label and its arrow
	seqBadgeD      = 18 // number badge diameter
	seqBadgeGap    = 6
	seqLoopW       = 30 // self-message loop
	seqLoopH       = 22
	seqLoopLabel   = 8 // between a loop and its label
	seqNotePadX    = 10
	seqNotePadY    = 6
	seqNoteReach   = 34 // how far a note reaches past the lifelines it spans
	seqPhasePadX   = 12
	seqPhasePadY   = 6
	seqPhaseGapTop = 10  // extra room above a phase band after the first row
	seqFirstRow    = 18  // between the headers and the first row
	seqTail        = 14  // lifeline past the last row
	seqMaxExtraGap = 160 // the most room added under a row for the shape
	seqMinWrap     = 110 // the narrowest a message label wraps
	seqRoomReach   = 1.8 // how much wider than the wrap width a label may grow into room it has
	seqSelfWrap    = 0.6 // how much narrower a self-message's label may wrap to fit beside its loop
)

// seqActor is a measured actor header.
type seqActor struct {
	spec       *spec.Actor
	label, sub []string
	w          float64
	labelH     float64 // the label block
	textH      float64 // label and sublabel
	icon       bool
	group      int // index into Sequence.Groups, or -1
}

// seqRow is one measured step, placed by placeRows.
type seqRow struct {
	step     spec.SequenceStep
	number   int // message number when numbered, else 0
	from, to int // columns (a note's first and last)
	lines    []string
	detail   []string
	labelSt  textmeasure.Style
	detailSt textmeasure.Style
	textW    float64 // widest line, label and detail
	blockW   float64 // text plus the badge
	blockH   float64
	// Placement.
	top, bottom float64
	arrowY      float64
	block       scene.Box // the label block (a note's or phase's box)
}

type seqLayout struct {
	sq     *spec.Sequence
	o      Options
	th     *theme.Theme
	opt    seqOption
	wrap   *seqWrapper
	actors []seqActor
	rows   []seqRow
	x      []float64 // lifeline centres
	// Vertical positions.
	headerTop, headerH, linesEnd float64
	left, right                  float64 // the extent of the columns, bands included

	labelSt, headerSt, headerSubSt, groupSt, noteSt, phaseSt, phaseSubSt textmeasure.Style
}

func newSeqLayout(sq *spec.Sequence, o Options, opt seqOption, wrap *seqWrapper) *seqLayout {
	sz := o.Theme.Size
	l := &seqLayout{sq: sq, o: o, th: o.Theme, opt: opt, wrap: wrap,
		labelSt: sans(14), headerSt: bold(sz.NodeLabel), headerSubSt: sans(sz.Sublabel),
		groupSt: bold(sz.GroupLabel), noteSt: sans(13.5), phaseSt: bold(16), phaseSubSt: sans(14),
	}
	l.measureActors()
	l.measureRows()
	l.placeColumns()
	l.placeRows()
	return l
}

func (l *seqLayout) measureActors() {
	sz := l.th.Size
	groupIdx := map[string]int{}
	for i, g := range l.sq.Groups {
		groupIdx[g.ID] = i
	}
	for i := range l.sq.Actors {
		a := &l.sq.Actors[i]
		sa := seqActor{spec: a, group: -1}
		if g, ok := groupIdx[a.Group]; ok && a.Group != "" {
			sa.group = g
		}
		_, sa.icon = icons.Get(string(a.Kind), scene.Color{}, scene.Color{})
		sa.icon = sa.icon && a.Kind != spec.KindComponent
		sa.label = l.wrap.balanced(a.Label, l.headerSt, seqHeaderText)
		if !a.Sublabel.IsZero() {
			sa.sub = l.wrap.balanced(a.Sublabel, l.headerSubSt, seqHeaderText)
		}
		textW := max(textmeasure.MaxWidth(sa.label, l.headerSt), textmeasure.MaxWidth(sa.sub, l.headerSubSt))
		sa.labelH = TextBlockHeight(len(sa.label), l.headerSt, sz.LineHeight)
		sa.textH = sa.labelH
		if len(sa.sub) > 0 {
			sa.textH += 3 + TextBlockHeight(len(sa.sub), l.headerSubSt, sz.LineHeight)
		}
		// The icon stands over the label: columns stay as narrow as
		// their text.
		sa.w = math.Ceil(max(2*seqHeaderPadX+textW, 90))
		h := sa.textH + 2*seqHeaderPadY
		if sa.icon {
			h += sz.IconSize + seqIconGap
		}
		l.headerH = math.Ceil(max(l.headerH, h))
		l.actors = append(l.actors, sa)
	}
	// A group of one actor is as wide as its header: widen the header
	// to the group's label. (Wider groups get room between their lifelines
	// in placeColumns.)
	for gi, g := range l.sq.Groups {
		if first, last := l.groupSpan(gi); first >= 0 && first == last {
			need := textmeasure.Width(g.Label.In(l.o.Lang), l.groupSt) + 2*seqHeaderPadX - 2*seqGroupPad
			l.actors[first].w = math.Ceil(max(l.actors[first].w, need))
		}
	}
}

func (l *seqLayout) measureRows() {
	sz := l.th.Size
	n := 0
	for _, st := range l.sq.Steps {
		r := seqRow{step: st}
		switch {
		case st.Message != nil:
			m := st.Message
			n++
			if l.sq.Numbered {
				r.number = n
			}
			r.from, r.to = l.sq.ActorIndex(m.From), l.sq.ActorIndex(m.To)
			r.detailSt = sans(13)
			if m.Detail.Lit != "" {
				r.detailSt = mono(12.5)
			}
			l.wrapMessage(&r, l.opt.wrapW)
		case st.Note != nil:
			nt := st.Note
			a, b := l.sq.ActorIndex(nt.Over[0]), l.sq.ActorIndex(nt.Over[len(nt.Over)-1])
			r.from, r.to = min(a, b), max(a, b)
			r.lines = l.wrap.balanced(nt.Text, l.noteSt, l.opt.wrapW*1.4)
			r.textW = textmeasure.MaxWidth(r.lines, l.noteSt)
			r.blockW = r.textW + 2*seqNotePadX
			r.blockH = TextBlockHeight(len(r.lines), l.noteSt, sz.LineHeight) + 2*seqNotePadY
		case st.Phase != nil:
			r.from, r.to = 0, len(l.actors)-1
			r.textW = textmeasure.Width(st.Phase.Label.In(l.o.Lang), l.phaseSt)
			if sub := st.Phase.Sublabel.In(l.o.Lang); sub != "" {
				r.textW += 14 + textmeasure.Width(sub, l.phaseSubSt)
			}
			r.blockW = r.textW + 2*seqPhasePadX
			r.blockH = TextBlockHeight(1, l.phaseSt, sz.LineHeight) + 2*seqPhasePadY
		}
		l.rows = append(l.rows, r)
	}
}

// wrapMessage wraps a message's label and detail at width w (never below
// seqMinWrap) and measures the block: the number badge, then the lines
// left-aligned after it.
func (l *seqLayout) wrapMessage(r *seqRow, w float64) {
	sz := l.th.Size
	m := r.step.Message
	w = max(w, seqMinWrap)
	r.labelSt = l.labelStyle(m.Label)
	r.lines = l.wrap.balanced(m.Label, r.labelSt, w)
	r.detail = nil
	if !m.Detail.IsZero() {
		r.detail = l.wrap.balanced(m.Detail, r.detailSt, w)
	}
	r.textW = max(textmeasure.MaxWidth(r.lines, r.labelSt), textmeasure.MaxWidth(r.detail, r.detailSt))
	r.blockW = r.textW
	if r.number > 0 {
		r.blockW += seqBadgeD + seqBadgeGap
	}
	r.blockH = TextBlockHeight(len(r.lines), r.labelSt, sz.LineHeight)
	if len(r.detail) > 0 {
		r.blockH += 2 + TextBlockHeight(len(r.detail), r.detailSt, sz.LineHeight)
	}
}

// labelStyle is the style of a message label: literal labels (command
// output, object names) in monospace.
func (l *seqLayout) labelStyle(t spec.Text) textmeasure.Style {
	if t.Lit != "" {
		return mono(13.5)
	}
	return l.labelSt
}

// placeRows sets the vertical position of the headers and every row.
func (l *seqLayout) placeRows() {
	sz := l.th.Size
	gap := l.opt.rowGap + l.opt.extraGap
	l.headerTop = 0
	if len(l.sq.Groups) > 0 {
		l.headerTop = 8 + TextBlockHeight(1, l.groupSt, sz.LineHeight) + 8
	}
	y := l.headerTop + l.headerH + seqFirstRow + l.opt.extraGap
	for i := range l.rows {
		r := &l.rows[i]
		r.top = y
		switch {
		case r.step.Message != nil && r.from != r.to:
			cx := (l.x[r.from] + l.x[r.to]) / 2
			r.block = scene.Box{X: cx - r.blockW/2, Y: y, W: r.blockW, H: r.blockH}
			r.arrowY = y + r.blockH + seqLabelGap
			r.bottom = r.arrowY + gap
		case r.step.Message != nil:
			h := max(r.blockH, seqLoopH)
			mid := y + h/2
			r.arrowY = mid - seqLoopH/2
			r.block = scene.Box{X: l.x[r.from] + seqLoopW + seqLoopLabel, Y: mid - r.blockH/2, W: r.blockW, H: r.blockH}
			r.bottom = y + h + gap + 2
		case r.step.Note != nil:
			x0, x1 := l.x[r.from]-seqNoteReach, l.x[r.to]+seqNoteReach
			if w := x1 - x0; w < r.blockW {
				x0 -= (r.blockW - w) / 2
				x1 = x0 + r.blockW
			}
			r.block = scene.Box{X: x0, Y: y, W: x1 - x0, H: r.blockH}
			r.bottom = y + r.blockH + gap
		case r.step.Phase != nil:
			if i > 0 {
				r.top += seqPhaseGapTop
			}
			r.block = scene.Box{X: l.left, Y: r.top, W: l.right - l.left, H: r.blockH}
			r.bottom = r.top + r.blockH + gap
		}
		y = r.bottom
	}
	l.linesEnd = y - l.opt.rowGap + seqTail
}
