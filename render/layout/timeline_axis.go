package layout

import (
	"math"
	"strconv"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// timeScale maps seconds to x on a time axis with breaks: the visible
// spans share one px-per-second scale, and every break takes a fixed gap.
type timeScale struct {
	spans []span // visible spans and breaks, left to right
	k     float64
}

// span is a stretch of time and where it is drawn.
type span struct {
	t0, t1, x0, x1 float64
	gap            bool // an axis break
}

// breakGap is the width of an axis break in px.
const breakGap = 40

func newTimeScale(ax spec.TimeAxis, x, width float64) timeScale {
	visible := ax.To - ax.From
	for _, b := range ax.Breaks {
		visible -= b.To - b.From
	}
	k := (width - breakGap*float64(len(ax.Breaks))) / visible
	var s timeScale
	s.k = k
	t, cx := ax.From, x
	add := func(t1 float64, gap bool) {
		w := (t1 - t) * k
		if gap {
			w = breakGap
		}
		s.spans = append(s.spans, span{t, t1, cx, cx + w, gap})
		t, cx = t1, cx+w
	}
	for _, b := range ax.Breaks {
		add(b.From, false)
		add(b.To, true)
	}
	add(ax.To, false)
	return s
}

// X maps a time to x. Times inside a break map linearly across its gap, so
// an interval that spans a break runs through it.
func (s timeScale) X(t float64) float64 {
	for _, sp := range s.spans {
		if t <= sp.t1 {
			if t < sp.t0 {
				t = sp.t0
			}
			return sp.x0 + (t-sp.t0)/(sp.t1-sp.t0)*(sp.x1-sp.x0)
		}
	}
	last := s.spans[len(s.spans)-1]
	return last.x1
}

// visiblePieces returns the drawn stretches [x0, x1] of the time span
// from..to, split at breaks.
func (s timeScale) visiblePieces(from, to float64) [][2]float64 {
	var out [][2]float64
	for _, sp := range s.spans {
		if sp.gap || sp.t1 <= from || sp.t0 >= to {
			continue
		}
		out = append(out, [2]float64{s.X(max(from, sp.t0)), s.X(min(to, sp.t1))})
	}
	return out
}

// tick is one mark on the axis.
type tick struct {
	t, x  float64
	label string // empty for a minor tick
}

// tickSteps are the candidate distances between labelled ticks, in
// seconds, and minorSteps the finer ticks that may go between them, finest
// first.
var (
	tickSteps  = []float64{1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200}
	minorSteps = map[float64][]float64{
		2: {1}, 5: {1}, 10: {5}, 20: {10}, 30: {10}, 60: {10, 30}, 120: {30, 60},
		300: {60}, 600: {60, 300}, 1200: {300}, 1800: {300, 600}, 3600: {600, 1800}, 7200: {1800},
	}
)

// minTickGap is the least space between two tick labels in px, and
// minMinorGap the least space between two ticks.
const (
	minTickGap  = 18
	minMinorGap = 14
)

// chooseTicks picks the smallest step whose labels, measured, leave
// minTickGap between neighbours and clear the breaks; minor ticks go
// between them at the finest natural subdivision at least minMinorGap apart.
func chooseTicks(s timeScale, lang spec.Lang, st textmeasure.Style) []tick {
	step := tickSteps[len(tickSteps)-1]
	for _, c := range tickSteps {
		if labelsFit(s, ticksAt(s, c), lang, st) {
			step = c
			break
		}
	}
	major := ticksAt(s, step)
	minor := 0.0
	for _, m := range minorSteps[step] {
		if m*s.k >= minMinorGap {
			minor = m
			break
		}
	}
	out := major
	if minor != 0 {
		out = ticksAt(s, minor)
	}
	for i, t := range out {
		if !isMultiple(t.t, step) {
			continue
		}
		label := formatDuration(t.t, lang)
		w := textmeasure.Width(label, st)
		if clearsBreaks(s, t.x-w/2, t.x+w/2) {
			out[i].label = label
		}
	}
	return out
}

// ticksAt lists the multiples of step on the visible spans.
func ticksAt(s timeScale, step float64) []tick {
	var out []tick
	for _, sp := range s.spans {
		if sp.gap {
			continue
		}
		first := math.Ceil(sp.t0/step - 1e-9)
		for i := first; i*step <= sp.t1+1e-9; i++ {
			t := i * step
			if t == 0 {
				t = 0 // not -0
			}
			out = append(out, tick{t: t, x: s.X(t)})
		}
	}
	return out
}

func labelsFit(s timeScale, ticks []tick, lang spec.Lang, st textmeasure.Style) bool {
	prevRight := math.Inf(-1)
	for _, t := range ticks {
		w := textmeasure.Width(formatDuration(t.t, lang), st)
		left, right := t.x-w/2, t.x+w/2
		if clearsBreaks(s, left, right) {
			if left < prevRight+minTickGap {
				return false
			}
			prevRight = right
		}
	}
	return true
}

// clearsBreaks reports whether a tick label from left to right keeps off
// every break; a label that does not is left out, its tick kept.
func clearsBreaks(s timeScale, left, right float64) bool {
	for _, sp := range s.spans {
		if sp.gap && left < sp.x1+4 && right > sp.x0-4 {
			return false
		}
	}
	return true
}

func isMultiple(a, b float64) bool {
	q := a / b
	return math.Abs(q-math.Round(q)) < 1e-9
}

// formatDuration writes a time for an axis or a label: "0 s", "40 s",
// "1 min", "5 min 40 s"; "40 秒", "1 分钟", "5 分 40 秒".
func formatDuration(t float64, lang spec.Lang) string {
	sign := ""
	if t < 0 {
		sign, t = "−", -t
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	mins := math.Floor(t/60 + 1e-9)
	secs := math.Round((t-mins*60)*1000) / 1000
	if lang == spec.ZH {
		switch {
		case mins == 0:
			return sign + num(secs) + " 秒"
		case secs == 0:
			return sign + num(mins) + " 分钟"
		default:
			return sign + num(mins) + " 分 " + num(secs) + " 秒"
		}
	}
	switch {
	case mins == 0:
		return sign + num(secs) + " s"
	case secs == 0:
		return sign + num(mins) + " min"
	default:
		return sign + num(mins) + " min " + num(secs) + " s"
	}
}

// zigzag returns a vertical zig-zag line at x from y0 to y1: the edge of an
// axis break.
func zigzag(x, y0, y1, amp, step float64) []scene.Segment {
	pts := []scene.Point{{X: x, Y: y0}}
	n := max(1, int(math.Round((y1-y0)/step)))
	h := (y1 - y0) / float64(n)
	for i := 1; i <= n; i++ {
		dx := amp
		if i%2 == 0 {
			dx = -amp
		}
		if i == n {
			dx = 0
		}
		pts = append(pts, scene.Point{X: x + dx, Y: y0 + float64(i)*h})
	}
	return scene.Polyline(pts...)
}

// grid draws faint vertical lines at the labelled ticks across the lanes
// of every band (not through band headers).
func (l *timelineLayout) grid(ly *layers, ticks []tick) {
	occluders := append(append([]scene.Box(nil), l.bars...), l.calloutBoxes...)
	for _, sp := range l.laneSpans {
		for _, t := range ticks {
			if t.label == "" {
				continue
			}
			for _, r := range clearRanges(sp[0]+1, sp[1]-1, t.x, t.x, occluders, false) {
				ly.grid = append(ly.grid, scene.Item{Path: &scene.Path{
					Segments: scene.Polyline(scene.Point{X: t.x, Y: r[0]}, scene.Point{X: t.x, Y: r[1]}),
					Stroke:   scene.Stroke{Color: l.th.Border, Width: 0.75, Dash: []float64{2, 4}},
				}})
			}
		}
	}
}

// breakStrips cuts every axis break out of the bands: a strip of
// background with zig-zag edges.
func (l *timelineLayout) breakStrips(ly *layers, top, bottom float64) {
	th := l.th
	for _, sp := range l.sc.spans {
		if !sp.gap {
			continue
		}
		ly.breaks = append(ly.breaks,
			scene.Item{Rect: &scene.Rect{Box: scene.Box{X: sp.x0 + 6, Y: top - 2, W: sp.x1 - sp.x0 - 12, H: bottom - top + 4}, Fill: th.Background}})
		// The zig-zag edges stop at callouts drawn across the break.
		for _, x := range []float64{sp.x0 + 6, sp.x1 - 6} {
			for _, r := range clearRanges(top-2, bottom+2, x-3, x+3, l.calloutBoxes, false) {
				ly.breaks = append(ly.breaks, scene.Item{Path: &scene.Path{
					Segments: zigzag(x, r[0], r[1], 3, 8), Stroke: scene.Stroke{Color: th.Line, Width: 1.2}}})
			}
		}
	}
}

// axis draws the time axis at y: a line per visible span, ticks, their
// labels, a "≈" in each break and the axis label.
func (l *timelineLayout) axis(ly *layers, ticks []tick, y float64) {
	th, lang := l.th, l.o.Lang
	stroke := scene.Stroke{Color: th.Line, Width: 1.4}
	for _, p := range l.sc.visiblePieces(l.tl.Axis.From, l.tl.Axis.To) {
		ly.axis = append(ly.axis, scene.Item{Path: &scene.Path{
			Segments: scene.Polyline(scene.Point{X: p[0], Y: y}, scene.Point{X: p[1], Y: y}), Stroke: stroke}})
	}
	m := textmeasure.Extents(l.tickSt)
	labelTop := y + 10
	var labels []scene.Item
	for _, t := range ticks {
		h := 4.0
		if t.label != "" {
			h = 7
		}
		ly.axis = append(ly.axis, scene.Item{Path: &scene.Path{
			Segments: scene.Polyline(scene.Point{X: t.x, Y: y}, scene.Point{X: t.x, Y: y + h}), Stroke: stroke}})
		if t.label != "" {
			labels = append(labels, TextItem(t.x, labelTop+m.EmTop, scene.Middle, t.label, l.tickSt, th.Muted, scene.Box{}))
		}
	}
	for _, sp := range l.sc.spans {
		if sp.gap {
			st := bold(16)
			ly.axis = append(ly.axis, TextItem((sp.x0+sp.x1)/2, textmeasure.BaselineFor(y, st), scene.Middle, "≈", st, th.Line,
				scene.Box{X: sp.x0, Y: y - 12, W: sp.x1 - sp.x0, H: 24}))
		}
	}
	bottom := labelTop + m.EmTop + m.EmBottom
	if label := l.tl.Axis.Label.In(lang); label != "" {
		st := sans(13.5)
		block, h := TextBlock(l.plotX+l.plotW/2, bottom+6, scene.Middle, []string{label}, st, th.Size.LineHeight, th.Muted, scene.Box{})
		labels = append(labels, block...)
		bottom += 6 + h
	}
	setWithin(labels, scene.Box{X: l.plotX - 80, Y: labelTop, W: l.plotW + 160, H: bottom - labelTop})
	ly.axis = append(ly.axis, labels...)
}
