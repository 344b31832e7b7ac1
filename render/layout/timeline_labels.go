package layout

import (
	"fmt"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// calloutSpec is a callout before layout: from the spec's callouts, event
// labels and interval labels too long for their bars.
type calloutSpec struct {
	at   float64
	text string
	role string
}

// mergeCallouts joins callouts at the same moment into one, a paragraph
// each, in the order given: two notes on one leader read as one note, and
// two boxes could not both hang from it.
func mergeCallouts(cs []calloutSpec) []calloutSpec {
	var out []calloutSpec
	for _, c := range cs {
		merged := false
		for i := range out {
			if out[i].at == c.at {
				out[i].text += "\n" + c.text
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

// callouts places a lane's callouts in rows under its track, from top y;
// it returns the items and the height used. Each callout may sit right or
// left of its leader, wrapped wide or narrow: whatever keeps it nearest
// the track.
func (l *timelineLayout) callouts(laneID string, cs []calloutSpec, trackY, top float64) ([]scene.Item, float64) {
	th := l.th
	type layout struct {
		lines []string
		w, h  float64
	}
	widths := []float64{tlCalloutMaxW, tlCalloutMaxW * 0.7}
	layouts := make([][]layout, len(cs))
	stack := make([]stackItem, len(cs))
	plotRight := l.plotX + l.plotW
	for i, c := range cs {
		a := l.sc.X(c.at)
		stack[i].anchor = a
		var left []stackBox
		for k, maxW := range widths {
			lines := textmeasure.Wrap(c.text, l.calloutSt, maxW)
			w := textmeasure.MaxWidth(lines, l.calloutSt) + 2*tlCalloutPadX
			h := TextBlockHeight(len(lines), l.calloutSt, th.Size.LineHeight) + 2*tlCalloutPadY
			layouts[i] = append(layouts[i], layout{lines, w, h})
			r, lf := sideBoxes(a, w, k, l.plotX, plotRight, 1)
			stack[i].cands = append(stack[i].cands, r...)
			left = append(left, lf...)
		}
		// A callout reads best flying right from its leader.
		stack[i].cands = append(stack[i].cands, left...)
		if len(stack[i].cands) == 0 {
			// Too wide for either side: as far right as the plot allows.
			w := layouts[i][0].w
			stack[i].cands = []stackBox{{x: max(l.plotX, min(a-1, plotRight-w)), w: w}}
		}
	}
	places := stackRows(stack, tlStackGap)
	nrows := 0
	for _, p := range places {
		nrows = max(nrows, p.row+1)
	}
	rowH := make([]float64, nrows)
	for i, p := range places {
		rowH[p.row] = max(rowH[p.row], layouts[i][p.box.layout].h)
	}
	rowTop := make([]float64, nrows)
	y := top
	for r := range rowH {
		rowTop[r] = y
		y += rowH[r] + 8
	}
	var items []scene.Item
	for i, c := range cs {
		rc := th.Role(c.role)
		p := places[i]
		var group []scene.Item
		lay := layouts[i][p.box.layout]
		b := scene.Box{X: p.box.x, Y: rowTop[p.row], W: lay.w, H: lay.h}
		l.calloutBoxes = append(l.calloutBoxes, b)
		a := stack[i].anchor
		group = append(group,
			scene.Item{Path: &scene.Path{
				Segments: scene.Polyline(scene.Point{X: a, Y: trackY + 9}, scene.Point{X: a, Y: b.Y}),
				Stroke:   scene.Stroke{Color: rc.Accent, Width: 1.2},
			}},
			scene.Item{Rect: &scene.Rect{Box: b, Radius: 4, Fill: th.Surface, Stroke: scene.Stroke{Color: rc.Accent, Width: 1.2}}},
		)
		block, _ := TextBlock(b.X+tlCalloutPadX, b.Y+tlCalloutPadY, scene.Start, lay.lines, l.calloutSt, th.Size.LineHeight, th.Text, b)
		group = append(group, block...)
		items = append(items, scene.Item{Group: &scene.Group{ID: fmt.Sprintf("callout-%s-%d", laneID, i+1), Items: group}})
	}
	return items, y - 8 - top
}

// sideBoxes returns the box of width w right of a leader at a and the one
// left of it, each only if it stays within [lo, hi]; inset is how far a
// box reaches past the leader.
func sideBoxes(a, w float64, layout int, lo, hi, inset float64) (right, left []stackBox) {
	if x := a - inset; x+w <= hi {
		right = append(right, stackBox{x: x, w: w, layout: layout})
	}
	if x := a + inset - w; x >= lo {
		left = append(left, stackBox{x: x, w: w, layout: layout})
	}
	return right, left
}

// threshLabel is a threshold's label block, placed in the strip above the
// bands.
type threshLabel struct {
	th         spec.Threshold
	label      string
	sub        []string
	w, h       float64
	x          float64 // left of the box
	flip       bool    // text right-aligned, left of the line
	row        int
	boxY, boxH float64
}

// thresholdLabels measures and stacks the threshold labels; it returns
// them and the height of the strip they need above the bands.
func (l *timelineLayout) thresholdLabels() ([]threshLabel, float64) {
	th, lang := l.th, l.o.Lang
	if len(l.tl.Thresholds) == 0 {
		return nil, 0
	}
	out := make([]threshLabel, len(l.tl.Thresholds))
	stack := make([]stackItem, len(out))
	plotRight := l.plotX + l.plotW
	for i, t := range l.tl.Thresholds {
		tlab := threshLabel{th: t, label: t.Label.In(lang)}
		if !t.Sublabel.IsZero() {
			tlab.sub = textmeasure.Wrap(t.Sublabel.In(lang), l.threshSubSt, tlThreshMaxW)
		}
		textW := max(textmeasure.Width(tlab.label, l.threshSt), textmeasure.MaxWidth(tlab.sub, l.threshSubSt))
		tlab.w = textW + 10
		tlab.h = TextBlockHeight(1, l.threshSt, th.Size.LineHeight)
		if len(tlab.sub) > 0 {
			tlab.h += 2 + TextBlockHeight(len(tlab.sub), l.threshSubSt, th.Size.LineHeight)
		}
		a := l.sc.X(t.At)
		// Labels may run past the plot into the margin (tlThreshOverhang).
		right, left := sideBoxes(a, tlab.w, 0, 0, plotRight+tlThreshOverhang, 0)
		stack[i] = stackItem{anchor: a, cands: append(right, left...)}
		if len(stack[i].cands) == 0 {
			stack[i].cands = []stackBox{{x: a, w: tlab.w}}
		}
		out[i] = tlab
	}
	places := stackRows(stack, tlStackGap)
	nrows := 0
	for _, p := range places {
		nrows = max(nrows, p.row+1)
	}
	rowH := make([]float64, nrows)
	for i, p := range places {
		out[i].row, out[i].x = p.row, p.box.x
		out[i].flip = p.box.x < stack[i].anchor
		rowH[p.row] = max(rowH[p.row], out[i].h)
	}
	// Row 0 sits just above the bands; the strip grows upwards.
	strip := 0.0
	for _, h := range rowH {
		strip += h + 8
	}
	bottom := strip
	rowTop := make([]float64, nrows)
	for r, h := range rowH {
		rowTop[r] = bottom - h
		bottom -= h + 8
	}
	for i := range out {
		out[i].boxY = rowTop[out[i].row]
		out[i].boxH = out[i].h
	}
	return out, strip
}

// thresholdLines draws each threshold: its line from its label down
// through the bands, and its label.
func (l *timelineLayout) thresholdLines(ly *layers, labels []threshLabel, bandsBottom float64) {
	th := l.th
	for _, t := range labels {
		rc := th.Role(t.th.Role)
		a := l.sc.X(t.th.At)
		style := t.th.Style
		var items []scene.Item
		// The line stops at callouts drawn across it (its own included).
		for _, r := range clearRanges(t.boxY, bandsBottom+4, a, a, l.calloutBoxes, false) {
			items = append(items, scene.Item{Path: &scene.Path{
				Segments: scene.Polyline(scene.Point{X: a, Y: r[0]}, scene.Point{X: a, Y: r[1]}),
				Stroke:   EdgeStroke(rc.Accent, style, 1.8),
			}})
		}
		x, anchor := a+6, scene.Start
		if t.flip {
			x, anchor = a-6, scene.End
		}
		box := scene.Box{X: t.x, Y: t.boxY, W: t.w, H: t.boxH}
		block, h := TextBlock(x, t.boxY, anchor, []string{t.label}, l.threshSt, th.Size.LineHeight, rc.Ink, box)
		items = append(items, block...)
		if len(t.sub) > 0 {
			block, _ = TextBlock(x, t.boxY+h+2, anchor, t.sub, l.threshSubSt, th.Size.LineHeight, th.Muted, box)
			items = append(items, block...)
		}
		ly.thresholds = append(ly.thresholds, scene.Item{Group: &scene.Group{ID: "threshold-" + t.th.ID, Title: t.label, Items: items}})
	}
}
