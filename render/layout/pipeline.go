package layout

import (
	"math"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Pipeline lays out a pipeline body: numbered step cards left to right,
// wrapped into rows.
//
// Rows read left to right, each like the one before, and the last card of
// a row is joined to the first of the next by a connector that runs down
// the right margin, back along the gap between the rows and into the next
// row from the left. A snake (every other row right to left) has shorter
// connectors, but it makes half the rows read against the numbers and
// against the reading direction of both English and Chinese; here every
// arrow points right or down and step n+1 is always right of step n or at
// the start of the next row.
//
// The number of steps per row comes from, in order: Pipeline.Columns; the
// available width (Options.Width), taking as many as fit; or the target
// aspect (Pipeline.Aspect, 16:9 by default), taking the columns and card
// width whose finished picture, with title, legend and notes, comes
// closest to it (a shape between 4:3 and 2:1 always beats one outside).
// Rows are balanced (11 steps in rows of 6 become 6 and 5, never 10 and
// 1), and all cards of a picture share one width.
func Pipeline(d *spec.Diagram, o Options) (Body, error) {
	p := d.Pipeline
	pl := newPipelineLayout(p, o, 0)
	n := len(p.Steps)
	switch {
	case p.Columns > 0:
		return pl.build(balanced(n, min(p.Columns, n))), nil
	case o.Width > 0:
		return pl.build(pl.colsForWidth(o.Width)), nil
	}
	// For the aspect, cards may also grow wider than their titles need:
	// eleven steps fit 4:3-2:1 as 4 columns of wide cards, but neither as
	// 6 nor as 4 columns of narrow ones.
	type option struct {
		pl   *pipelineLayout
		cols int
	}
	var opts []option
	for _, w := range cardWidths(pl.cardW) {
		wl := newPipelineLayout(p, o, w)
		for _, c := range candidates(n) {
			opts = append(opts, option{wl, c})
		}
	}
	best := closestAspect(opts, aspectOf(p.Aspect), func(op option) *scene.Scene {
		body := op.pl.build(op.cols)
		return Frame(withBodyLegend(d, body), o, body)
	})
	return best.pl.build(best.cols), nil
}

// cardWidths are the card widths the aspect search tries: the natural
// width, then wider in steps of 10 % up to 1.4 times it.
func cardWidths(natural float64) []float64 {
	var ws []float64
	for k := 0; k <= 4; k++ {
		ws = append(ws, math.Round(natural*(1+0.1*float64(k))))
	}
	return ws
}

func aspectOf(a float64) float64 {
	if a == 0 {
		return spec.DefaultAspect
	}
	return a
}

// Pipeline geometry in px.
const (
	stepGap     = 44.0 // between cards of a row: room for an arrow
	bandPad     = 10.0 // a stage band around its cards
	bandLabelY  = 6.0  // above a stage label
	bandLabelGp = 6.0  // between a stage label and the cards
	rowGap      = 40.0 // between rows: the return connector runs in it
	branchGap   = 24.0 // between a row and a branch below it
)

type pipelineLayout struct {
	p      *spec.Pipeline
	o      Options
	cardW  float64
	main   []cardBox
	branch [][]cardBox // per branch
	// stageOf maps a main step index to its stage index, or -1.
	stageOf []int
}

// newPipelineLayout measures the pipeline's cards at width cardW, or at
// their natural width when cardW is 0.
func newPipelineLayout(p *spec.Pipeline, o Options, cardW float64) *pipelineLayout {
	pl := &pipelineLayout{p: p, o: o}
	var all []cardContent
	mainC := make([]cardContent, len(p.Steps))
	for i, s := range p.Steps {
		mainC[i] = stepContent(s, i+1, p.Badges)
		all = append(all, mainC[i])
	}
	branchC := make([][]cardContent, len(p.Branches))
	for i, b := range p.Branches {
		for _, s := range b.Steps {
			c := stepContent(s, 0, p.Badges)
			branchC[i] = append(branchC[i], c)
			all = append(all, c)
		}
	}
	pl.cardW = cardW
	if cardW == 0 {
		pl.cardW = naturalCardWidth(all, o)
	}
	for _, c := range mainC {
		pl.main = append(pl.main, measureCard(c, pl.cardW, o))
	}
	for _, bc := range branchC {
		var row []cardBox
		for _, c := range bc {
			row = append(row, measureCard(c, pl.cardW, o))
		}
		pl.branch = append(pl.branch, row)
	}
	pl.stageOf = make([]int, len(p.Steps))
	for i := range pl.stageOf {
		pl.stageOf[i] = -1
	}
	for si, st := range p.Stages {
		for _, id := range st.Steps {
			for i, s := range p.Steps {
				if s.ID == id {
					pl.stageOf[i] = si
				}
			}
		}
	}
	return pl
}

func stepContent(s spec.Step, number int, badges []spec.Badge) cardContent {
	return cardContent{id: s.ID, prefix: "step", number: number, title: s.Title, desc: s.Desc,
		notes: s.Notes, role: s.Role, badge: spec.BadgeByID(badges, s.Badge)}
}

// balanced returns the columns that spread n steps over the rows that
// cols columns need as evenly as possible.
func balanced(n, cols int) int {
	rows := (n + cols - 1) / cols
	return (n + rows - 1) / rows
}

// candidates lists the distinct balanced column counts, fewest first.
func candidates(n int) []int {
	var out []int
	for c := 1; c <= n; c++ {
		b := balanced(n, c)
		if len(out) == 0 || out[len(out)-1] != b {
			out = append(out, b)
		}
	}
	return out
}

// colsForWidth returns the most columns whose body fits in width; one
// column when none does.
func (pl *pipelineLayout) colsForWidth(width float64) int {
	cs := candidates(len(pl.p.Steps))
	for i := len(cs) - 1; i >= 0; i-- {
		if pl.build(cs[i]).Bounds.W <= width {
			return cs[i]
		}
	}
	return cs[0]
}

// closestAspect returns the option whose scene's width:height is closest
// to target (in log ratio, so 2:1 and 1:2 are equally far from 1:1); an
// option inside the slide-friendly range (4:3 to 2:1) always beats one
// outside it. On a tie the earlier option wins.
func closestAspect[T any](options []T, target float64, framed func(T) *scene.Scene) T {
	best, bestScore := options[0], math.Inf(1)
	for _, opt := range options {
		s := framed(opt)
		a := s.Width / s.Height
		score := math.Abs(math.Log(a / target))
		if a < 4.0/3 || a > 2 {
			score += 10
		}
		if score < bestScore-1e-9 {
			best, bestScore = opt, score
		}
	}
	return best
}

// rowPlan is where one row of the pipeline sits.
type rowPlan struct {
	first, last int     // main step indexes, inclusive
	top         float64 // top of the row's bands (or cards)
	cardTop     float64
	cardH       float64
	labels      []labelPlan // stage labels of the row
	bottom      float64     // bottom of the row, branches included
	branches    []branchPlan
}

type labelPlan struct {
	stage      int
	first      int // the first step of the segment
	lines      []string
	box        scene.Box // the band
	labelX     float64
	labelTop   float64
	role       string
	labelStyle textmeasure.Style
}

type branchPlan struct {
	index    int // into p.Branches
	from     int // main step index
	startCol int
	band     scene.Box
	lines    []string
	labelTop float64
	cardTop  float64
	cardH    float64
}

func (pl *pipelineLayout) x(col int) float64 { return float64(col) * (pl.cardW + stepGap) }

func (pl *pipelineLayout) labelStyle() textmeasure.Style { return bold(pl.o.Theme.Size.Sublabel) }

// build lays the pipeline out with cols steps per row.
func (pl *pipelineLayout) build(cols int) Body {
	p, th := pl.p, pl.o.Theme
	n := len(p.Steps)
	hasBands := len(p.Stages) > 0
	lst := pl.labelStyle()
	var rows []rowPlan
	y := 0.0
	for first := 0; first < n; first += cols {
		r := rowPlan{first: first, last: min(n, first+cols) - 1, top: y}
		// Stage segments of this row and the height of their labels.
		stripH := 0.0
		for i := r.first; i <= r.last; i++ {
			si := pl.stageOf[i]
			if si < 0 || (i > r.first && pl.stageOf[i-1] == si) {
				continue
			}
			j := i
			for j < r.last && pl.stageOf[j+1] == si {
				j++
			}
			band := scene.Box{X: pl.x(i-r.first) - bandPad, W: pl.x(j-r.first) + pl.cardW - pl.x(i-r.first) + 2*bandPad}
			lines := wrapText(p.Stages[si].Label, pl.o.Lang, lst, band.W-2*bandPad)
			stripH = max(stripH, TextBlockHeight(len(lines), lst, th.Size.LineHeight))
			r.labels = append(r.labels, labelPlan{stage: si, first: i, lines: lines, box: band,
				labelX: band.X + bandPad, role: p.Stages[si].Role, labelStyle: lst})
		}
		r.cardTop = y
		if hasBands {
			r.cardTop = y + bandLabelY + stripH + bandLabelGp
		}
		for i := r.first; i <= r.last; i++ {
			r.cardH = max(r.cardH, pl.main[i].h)
		}
		bottom := r.cardTop + r.cardH
		if hasBands {
			bottom += bandPad
		}
		for k := range r.labels {
			lp := &r.labels[k]
			lp.box.Y, lp.box.H = y, bottom-y
			lp.labelTop = y + bandLabelY
		}
		// Branches leaving a step of this row hang below it.
		for bi, b := range p.Branches {
			from := indexOf(p.Steps, b.From)
			if from < r.first || from > r.last {
				continue
			}
			bp := branchPlan{index: bi, from: from, startCol: from - r.first + 1}
			top := bottom + branchGap
			cards := pl.branch[bi]
			left := pl.x(bp.startCol) - bandPad
			right := pl.x(bp.startCol+len(cards)-1) + pl.cardW + bandPad
			bp.lines = wrapText(b.Label, pl.o.Lang, lst, right-left-2*bandPad)
			bp.labelTop = top + bandLabelY
			bp.cardTop = bp.labelTop + TextBlockHeight(len(bp.lines), lst, th.Size.LineHeight) + bandLabelGp
			for _, c := range cards {
				bp.cardH = max(bp.cardH, c.h)
			}
			bp.band = scene.Box{X: left, Y: top, W: right - left, H: bp.cardTop + bp.cardH + bandPad - top}
			bottom = bp.band.Y + bp.band.H
			r.branches = append(r.branches, bp)
		}
		r.bottom = bottom
		rows = append(rows, r)
		y = bottom + rowGap
	}
	return pl.draw(rows)
}

func indexOf(steps []spec.Step, id string) int {
	for i, s := range steps {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// draw turns the plan into items: bands first (they lie behind), then for
// each step in order its stage label, the arrow into it and its card, and
// after a step the branches that leave it. Document order is step order.
func (pl *pipelineLayout) draw(rows []rowPlan) Body {
	p, th, o := pl.p, pl.o.Theme, pl.o
	var bands, items []scene.Item
	line := th.Line
	// The right edge of everything, for the return connectors.
	right := 0.0
	for _, r := range rows {
		right = max(right, pl.x(r.last-r.first)+pl.cardW+bandPad)
		for _, b := range r.branches {
			right = max(right, b.band.X+b.band.W)
		}
	}
	right += arrowMargin - bandPad
	left := -arrowMargin

	for ri, r := range rows {
		for _, lp := range r.labels {
			rc := th.Role(lp.role)
			bands = append(bands, scene.Item{Rect: &scene.Rect{Box: lp.box, Radius: th.Size.Radius + 2, Fill: rc.Tint}})
		}
		for _, bp := range r.branches {
			rc := th.Role(p.Branches[bp.index].Role)
			bands = append(bands, scene.Item{Rect: &scene.Rect{Box: bp.band, Radius: th.Size.Radius + 2, Fill: rc.Tint,
				Stroke: scene.Stroke{Color: rc.Accent, Width: 1, Dash: []float64{5, 4}}}})
		}
		hy := r.cardTop + pl.main[r.first].headerY()
		for i := r.first; i <= r.last; i++ {
			col := i - r.first
			for _, lp := range r.labels {
				if lp.first == i {
					rc := th.Role(lp.role)
					block, _ := TextBlock(lp.labelX, lp.labelTop, scene.Start, lp.lines, lp.labelStyle, th.Size.LineHeight, rc.Ink, lp.box)
					items = append(items, block...)
				}
			}
			x := pl.x(col)
			switch {
			case i > r.first:
				items = append(items, arrow([]scene.Point{{X: x - stepGap, Y: hy}, {X: x, Y: hy}}, line, o)...)
			case ri > 0:
				prev := rows[ri-1]
				py := prev.cardTop + pl.main[prev.last].headerY()
				px := pl.x(prev.last-prev.first) + pl.cardW
				gy := prev.bottom + rowGap/2
				items = append(items, arrow([]scene.Point{
					{X: px, Y: py}, {X: right, Y: py}, {X: right, Y: gy},
					{X: left, Y: gy}, {X: left, Y: hy}, {X: x, Y: hy},
				}, line, o)...)
			}
			items = append(items, drawCard(pl.main[i], x, r.cardTop, r.cardH, o))
			for _, bp := range r.branches {
				if bp.from == i {
					items = append(items, pl.drawBranch(bp, x, r.cardTop+r.cardH)...)
				}
			}
		}
	}
	all := append(bands, items...)
	return Body{Items: all, Bounds: scene.ItemBounds(all), Legend: badgeLegend(p.Badges, p.BadgeIDs())}
}

// drawBranch draws a branch's label, the connector from the bottom of its
// step (whose left edge is at fromX) and its cards.
func (pl *pipelineLayout) drawBranch(bp branchPlan, fromX, fromBottom float64) []scene.Item {
	th, o := pl.o.Theme, pl.o
	b := pl.p.Branches[bp.index]
	rc := th.Role(b.Role)
	block, _ := TextBlock(bp.band.X+bandPad, bp.labelTop, scene.Start, bp.lines, pl.labelStyle(), th.Size.LineHeight, rc.Ink, bp.band)
	items := block
	cards := pl.branch[bp.index]
	hy := bp.cardTop + cards[0].headerY()
	x0 := pl.x(bp.startCol)
	items = append(items, arrow([]scene.Point{{X: fromX + pl.cardW/2, Y: fromBottom}, {X: fromX + pl.cardW/2, Y: hy}, {X: x0, Y: hy}}, rc.Accent, o)...)
	for j, c := range cards {
		x := pl.x(bp.startCol + j)
		if j > 0 {
			items = append(items, arrow([]scene.Point{{X: x - stepGap, Y: hy}, {X: x, Y: hy}}, rc.Accent, o)...)
		}
		items = append(items, drawCard(c, x, bp.cardTop, bp.cardH, o))
	}
	return items
}
