package layout

import (
	"sort"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// Timeline lays out a timeline body: lane labels in a column on the left,
// each lane's events on the shared time axis to the right, threshold
// labels stacked above the lanes, callouts stacked under their lanes and
// the time axis at the bottom. The spec must have passed Validate.
func Timeline(d *spec.Diagram, o Options) (Body, error) {
	l := newTimelineLayout(d.Timeline, o)
	items := l.build()
	return Body{Items: items, Bounds: scene.ItemBounds(items)}, nil
}

// Geometry of a timeline in px.
const (
	tlPad         = 14  // inside a band
	tlColMax      = 350 // widest lane label column
	tlColGap      = 26  // between the label column and the plot
	tlDefaultPlot = 1300
	tlTrackH      = 50 // the strip of a lane where its events sit
	tlBandGap     = 16
	tlCalloutMaxW = 340
	tlCalloutPadX = 8
	tlCalloutPadY = 5
	tlStackGap    = 10 // between stacked labels
	tlThreshMaxW  = 300
	// tlThreshOverhang is how far a threshold label may run past the
	// plot's right end: the last moments of a story need room to be named.
	tlThreshOverhang = 120
)

// timelineLayout holds what every part of a timeline's layout shares.
type timelineLayout struct {
	tl    *spec.Timeline
	o     Options
	th    *theme.Theme
	sc    timeScale
	colW  float64 // lane label column
	plotX float64
	plotW float64
	right float64 // right edge of the bands
	// laneSpans are the tops and bottoms of each band's lanes, for the grid.
	laneSpans [][2]float64
	// bars and calloutBoxes are drawn over lines that would otherwise run
	// under their text: the grid stops at both, threshold lines and break
	// edges at callouts (they cross bars, marking a change of state).
	bars, calloutBoxes []scene.Box

	// Styles.
	laneSt, laneSubSt, bandSt, bandSubSt, tickSt, threshSt, threshSubSt, calloutSt, intervalSt textmeasure.Style
}

func newTimelineLayout(tl *spec.Timeline, o Options) *timelineLayout {
	l := &timelineLayout{tl: tl, o: o, th: o.Theme,
		laneSt: bold(16), laneSubSt: sans(13.5), bandSt: bold(17), bandSubSt: sans(14.5),
		tickSt: sans(15), threshSt: bold(14.5), threshSubSt: sans(13.5), calloutSt: sans(14),
		intervalSt: sans(13.5),
	}
	for _, b := range tl.Bands {
		for _, ln := range b.Lanes {
			l.colW = max(l.colW, min(tlColMax, textmeasure.Width(ln.Label.In(o.Lang), l.laneSt)))
			sub := textmeasure.Wrap(ln.Sublabel.In(o.Lang), l.laneSubSt, tlColMax)
			l.colW = max(l.colW, textmeasure.MaxWidth(sub, l.laneSubSt))
		}
	}
	l.plotW = tl.Width
	if l.plotW == 0 {
		l.plotW = tlDefaultPlot
	}
	l.plotX = tlPad + l.colW + tlColGap
	l.right = l.plotX + l.plotW + tlPad
	l.sc = newTimeScale(tl.Axis, l.plotX, l.plotW)
	return l
}

// layers collects items in drawing order: each layer over the previous.
type layers struct {
	bands, grid, lanes, marks, breaks, thresholds, callouts, axis []scene.Item
}

func (l *timelineLayout) build() []scene.Item {
	var ly layers
	ticks := chooseTicks(l.sc, l.o.Lang, l.tickSt)

	threshItems, stripH := l.thresholdLabels()
	y := stripH
	if stripH > 0 {
		y += 8
	}
	bandsTop := y
	for i, b := range l.tl.Bands {
		if i > 0 {
			y += tlBandGap
		}
		y = l.band(&ly, b, y)
	}
	bandsBottom := y

	l.grid(&ly, ticks)
	l.breakStrips(&ly, bandsTop, bandsBottom+10)
	l.thresholdLines(&ly, threshItems, bandsBottom)
	l.axis(&ly, ticks, bandsBottom+10)

	var out []scene.Item
	for _, layer := range [][]scene.Item{ly.bands, ly.grid, ly.lanes, ly.marks, ly.breaks, ly.thresholds, ly.callouts, ly.axis} {
		out = append(out, layer...)
	}
	return out
}

// band draws a band's frame, header and lanes from top y and returns the
// y of its bottom.
func (l *timelineLayout) band(ly *layers, b spec.Band, top float64) float64 {
	th, lang := l.th, l.o.Lang
	rc := th.Role(b.Role)
	y := top + tlPad
	var header []scene.Item
	if label := b.Label.In(lang); label != "" {
		// The header runs from the band's edge to the first threshold line:
		// the label, then the sublabel on the same line if it fits.
		width := l.headerWidth()
		lines := textmeasure.Wrap(label, l.bandSt, width)
		block, h := TextBlock(tlPad, y, scene.Start, lines, l.bandSt, th.Size.LineHeight, rc.Ink, scene.Box{})
		header = append(header, block...)
		if sub := b.Sublabel.In(lang); sub != "" {
			lw := textmeasure.Width(lines[len(lines)-1], l.bandSt)
			if last := block[len(block)-1].Text; lw+14+textmeasure.Width(sub, l.bandSubSt) <= width {
				header = append(header, TextItem(tlPad+lw+14, last.Y, scene.Start, sub, l.bandSubSt, th.Muted, scene.Box{}))
			} else {
				sublines := textmeasure.Wrap(sub, l.bandSubSt, width)
				block, bh := TextBlock(tlPad, y+h+4, scene.Start, sublines, l.bandSubSt, th.Size.LineHeight, th.Muted, scene.Box{})
				header = append(header, block...)
				h += 4 + bh
			}
		}
		setWithin(header, scene.Box{X: tlPad, Y: y, W: width, H: h})
		y += h + 8
	}
	lanesTop := y
	for i, ln := range b.Lanes {
		if i > 0 {
			ly.lanes = append(ly.lanes, scene.Item{Path: &scene.Path{
				Segments: scene.Polyline(scene.Point{X: tlPad, Y: y}, scene.Point{X: l.right - tlPad, Y: y}),
				Stroke:   scene.Stroke{Color: th.Border, Width: 0.75},
			}})
		}
		y = l.lane(ly, ln, y)
	}
	l.laneSpans = append(l.laneSpans, [2]float64{lanesTop, y})
	y += tlPad / 2
	frame := scene.Item{Rect: &scene.Rect{
		Box: scene.Box{X: 0, Y: top, W: l.right, H: y - top}, Radius: th.Size.Radius,
		Fill: rc.Tint, Stroke: scene.Stroke{Color: rc.Accent, Width: th.Size.StrokeWidth},
	}}
	ly.bands = append(ly.bands, scene.Item{Group: &scene.Group{ID: "band-" + b.ID, Title: b.Label.In(lang), Items: append([]scene.Item{frame}, header...)}})
	return y
}

// lane draws one lane from top y: its label, track, intervals, events and
// the callouts stacked under it; it returns the y of its bottom.
func (l *timelineLayout) lane(ly *layers, ln spec.Lane, top float64) float64 {
	th, lang := l.th, l.o.Lang

	// The label block, centred on the track.
	label := ln.Label.In(lang)
	sub := textmeasure.Wrap(ln.Sublabel.In(lang), l.laneSubSt, l.colW)
	if ln.Sublabel.IsZero() {
		sub = nil
	}
	labelLines := textmeasure.Wrap(label, l.laneSt, l.colW)
	lh := TextBlockHeight(len(labelLines), l.laneSt, th.Size.LineHeight)
	sh := 0.0
	if len(sub) > 0 {
		sh = 3 + TextBlockHeight(len(sub), l.laneSubSt, th.Size.LineHeight)
	}
	trackH := max(tlTrackH, lh+sh+16)
	trackY := top + trackH/2

	var labelItems []scene.Item
	bt := trackY - (lh+sh)/2
	block, _ := TextBlock(tlPad, bt, scene.Start, labelLines, l.laneSt, th.Size.LineHeight, th.Text, scene.Box{})
	labelItems = append(labelItems, block...)
	if len(sub) > 0 {
		block, _ = TextBlock(tlPad, bt+lh+3, scene.Start, sub, l.laneSubSt, th.Size.LineHeight, th.Muted, scene.Box{})
		labelItems = append(labelItems, block...)
	}
	setWithin(labelItems, scene.Box{X: tlPad, Y: bt, W: l.colW, H: lh + sh})

	var callouts []calloutSpec
	var marks []scene.Item
	var bars []scene.Box
	for _, iv := range ln.Intervals {
		items, overflow := l.interval(iv, ln.Role, trackY)
		marks = append(marks, items...)
		bars = append(bars, items[0].Rect.Box)
		if overflow {
			callouts = append(callouts, calloutSpec{at: iv.From, text: iv.Label.In(lang), role: firstRole(iv.Role, ln.Role)})
		}
	}
	l.bars = append(l.bars, bars...)

	// The track: a faint line along the axis, behind the bars.
	var laneItems []scene.Item
	laneItems = append(laneItems, labelItems...)
	for _, p := range l.sc.visiblePieces(l.tl.Axis.From, l.tl.Axis.To) {
		for _, q := range clearRanges(p[0], p[1], trackY, trackY, bars, true) {
			laneItems = append(laneItems, scene.Item{Path: &scene.Path{
				Segments: scene.Polyline(scene.Point{X: q[0], Y: trackY}, scene.Point{X: q[1], Y: trackY}),
				Stroke:   scene.Stroke{Color: th.Border, Width: 1},
			}})
		}
	}
	for _, p := range ln.Periodic {
		pc := th.Role(firstRole(p.Role, ln.Role))
		r := min(5.5, p.Every*l.sc.k*0.3)
		for _, t := range p.Occurrences() {
			if !l.tl.Axis.Visible(t) {
				continue
			}
			marks = append(marks, eventMark(p.Marker, p.Missed, scene.Point{X: l.sc.X(t), Y: trackY}, r, pc, th)...)
		}
	}
	for _, e := range ln.Events {
		ec := th.Role(firstRole(e.Role, ln.Role))
		marks = append(marks, eventMark(e.Marker, e.Missed, scene.Point{X: l.sc.X(e.At), Y: trackY}, 7, ec, th)...)
		if !e.Label.IsZero() {
			callouts = append(callouts, calloutSpec{at: e.At, text: e.Label.In(lang), role: firstRole(e.Role, ln.Role)})
		}
	}
	for _, co := range l.tl.Callouts {
		if co.Lane == ln.ID {
			callouts = append(callouts, calloutSpec{at: co.At, text: co.Text.In(lang), role: firstRole(co.Role, ln.Role)})
		}
	}
	ly.lanes = append(ly.lanes, scene.Item{Group: &scene.Group{ID: "lane-" + ln.ID, Title: label, Items: laneItems}})
	ly.marks = append(ly.marks, marks...)

	bottom := top + trackH
	callouts = mergeCallouts(callouts)
	if len(callouts) > 0 {
		items, h := l.callouts(ln.ID, callouts, trackY, bottom)
		ly.callouts = append(ly.callouts, items...)
		bottom += h + 10
	}
	return bottom
}

func firstRole(roles ...string) string {
	for _, r := range roles {
		if r != "" {
			return r
		}
	}
	return ""
}

// headerWidth is the room for a band header: from the band's left edge to
// the first threshold line, which runs through the header row.
func (l *timelineLayout) headerWidth() float64 {
	w := l.right - 2*tlPad
	for _, t := range l.tl.Thresholds {
		w = min(w, l.sc.X(t.At)-10-tlPad)
	}
	return max(w, l.colW)
}

// thresholdXs are the x of every threshold line, left to right.
func (l *timelineLayout) thresholdXs() []float64 {
	xs := make([]float64, len(l.tl.Thresholds))
	for i, t := range l.tl.Thresholds {
		xs[i] = l.sc.X(t.At)
	}
	sort.Float64s(xs)
	return xs
}

// clearRanges returns the parts of the segment from lo to hi (x from lo to
// hi at y0 when horizontal; y from lo to hi across x0..x1 when vertical)
// that no box covers, with a small margin: lines stop short of what is
// drawn over them instead of running under its text.
func clearRanges(lo, hi, a0, a1 float64, boxes []scene.Box, horizontal bool) [][2]float64 {
	const pad = 2
	out := [][2]float64{{lo, hi}}
	for _, b := range boxes {
		// The box's extent along the segment, and across it.
		s0, s1, c0, c1 := b.Y-pad, b.Y+b.H+pad, b.X, b.X+b.W
		if horizontal {
			s0, s1, c0, c1 = b.X-pad, b.X+b.W+pad, b.Y, b.Y+b.H
		}
		if a1 < c0 || a0 > c1 {
			continue
		}
		var next [][2]float64
		for _, r := range out {
			if s1 <= r[0] || s0 >= r[1] {
				next = append(next, r)
				continue
			}
			if s0 > r[0] {
				next = append(next, [2]float64{r[0], s0})
			}
			if s1 < r[1] {
				next = append(next, [2]float64{s1, r[1]})
			}
		}
		out = next
	}
	return out
}
