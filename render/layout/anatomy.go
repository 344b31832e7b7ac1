package layout

import (
	"math"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Anatomy lays out an anatomy body: each row's string large in monospace,
// its parts in their roles' colours, a bracket under or over each
// annotated part and its label in lanes beside the string, the rows in a
// grid.
//
// Labels fly right of their leader (left when that is the only room), and
// alternate below and above the string in reading order; a label that
// would overlap another, or whose leader would pass through one, moves to
// the other side or one lane further out (see placeLabels). A span's label
// goes on the side its parts' labels leave free, its bracket outside
// theirs.
//
// The string size, the label width and the number of columns are chosen
// together: every combination is framed and the one closest to the target
// aspect (Anatomy.Aspect, 16:9 by default) wins, 34 px strings and
// 220 px labels first among near ties; with an available width
// (Options.Width), the closest that fits. Anatomy.Columns fixes the
// columns.
func Anatomy(d *spec.Diagram, o Options) (Body, error) {
	an := d.Anatomy
	type option struct {
		size, labelW float64
		cols         int
		rank         int // 0 for the preferred size and label width
	}
	perPx := 0.0 // the widest string's width at 1 px
	for _, r := range an.Rows {
		perPx = max(perPx, textmeasure.Width(r.Text, mono(1)))
	}
	var opts []option
	maxW := 1200.0
	if o.Width > 0 {
		maxW = min(maxW, 0.85*o.Width)
	}
	for _, sz := range anStringSizes(perPx, maxW) {
		for wi, w := range []float64{220, 180, 270, 330} {
			for _, cols := range anColumns(an) {
				opts = append(opts, option{sz.size, w, cols, sz.rank*2 + min(wi, 1)})
			}
		}
	}
	// Rows do not depend on the columns: plan them once per size and
	// label width.
	type key struct{ size, labelW float64 }
	plans := map[key][]anRow{}
	labels := map[anLabelKey][]anLabel{}
	build := func(op option) Body {
		st := newAnStyles(op.size, op.labelW, o)
		st.labels = labels
		k := key{op.size, op.labelW}
		if plans[k] == nil {
			plans[k] = planRows(an, st, o)
		}
		return anatomyBody(an, plans[k], st, op.cols, o)
	}
	target := aspectOf(an.Aspect)
	best, bestScore := opts[0], math.Inf(1)
	for _, op := range opts {
		body := build(op)
		s := Frame(withBodyLegend(d, body), o, body)
		a := s.Width / s.Height
		score := math.Abs(math.Log(a/target)) + 0.04*float64(op.rank)
		if a < 4.0/3 || a > 2 {
			score += 10
		}
		if o.Width > 0 && body.Bounds.W > o.Width {
			score += 100 + body.Bounds.W/o.Width
		}
		if score < bestScore-1e-9 {
			best, bestScore = op, score
		}
	}
	return build(best), nil
}

// anSize is a string size the layout tries, and how far it is from the
// preferred one.
type anSize struct {
	size float64
	rank int
}

// anStringSizes are the string sizes the layout tries: 34 px first, then
// larger and smaller ones, none making the widest string wider than maxW
// (perPx is its width at 1 px).
func anStringSizes(perPx, maxW float64) []anSize {
	top := math.Inf(1)
	if perPx > 0 {
		top = math.Floor(maxW / perPx)
	}
	var out []anSize
	for i, k := range []float64{1, 1.12, 0.88, 1.24, 0.76} {
		if sz := math.Round(min(34, top) * k); sz <= top {
			out = append(out, anSize{sz, (i + 1) / 2})
		}
	}
	return out
}

// anColumns are the column counts the layout tries.
func anColumns(an *spec.Anatomy) []int {
	if an.Columns > 0 {
		return []int{min(an.Columns, len(an.Rows))}
	}
	var cols []int
	for c := 1; c <= min(3, len(an.Rows)); c++ {
		cols = append(cols, c)
	}
	return cols
}

// anStyles are the text styles of one anatomy layout.
type anStyles struct {
	str, name, desc, example, pill, head, note textmeasure.Style
	labelW                                     float64 // widest label text line
	// labels caches measured labels across layouts that share the label
	// width; nil measures afresh.
	labels map[anLabelKey][]anLabel
}

func newAnStyles(size, labelW float64, o Options) anStyles {
	sz := o.Theme.Size
	return anStyles{
		str:     mono(size),
		name:    bold(sz.NodeLabel + 1),
		desc:    sans(sz.Sublabel + 1.5),
		example: mono(sz.Sublabel + 0.5),
		pill:    sans(sz.Sublabel - 0.5),
		head:    bold(sz.GroupLabel),
		note:    sans(sz.Caption),
		labelW:  labelW,
	}
}

// planRows plans every row of the anatomy.
func planRows(an *spec.Anatomy, st anStyles, o Options) []anRow {
	plans := make([]anRow, len(an.Rows))
	for i := range an.Rows {
		plans[i] = planRow(&an.Rows[i], an, st, o)
	}
	return plans
}

// Grid spacing in px.
const (
	anColGap = 64.0
	anRowGap = 44.0
)

// anatomyBody plans every row and sets them in a grid of cols columns,
// filled row by row; a Wide row takes a grid row of its own. The strings
// of a column start at one x (a wide row's at the first column's), the
// strings of a grid row sit on one line, and headings share the top of
// their grid row.
func anatomyBody(an *spec.Anatomy, plans []anRow, st anStyles, cols int, o Options) Body {
	th := o.Theme
	type place struct{ grid, col int }
	places := make([]place, len(plans))
	grid, col := 0, 0
	for i := range plans {
		wide := an.Rows[i].Wide || cols == 1
		if col > 0 && (wide || col == cols) {
			grid, col = grid+1, 0
		}
		places[i] = place{grid, col}
		col++
		if wide {
			col = cols
		}
	}
	nGrid := grid + 1
	colLeft, colRight := make([]float64, cols), make([]float64, cols)
	headH, above, below := make([]float64, nGrid), make([]float64, nGrid), make([]float64, nGrid)
	for i := range plans {
		p, pl := &plans[i], places[i]
		colLeft[pl.col] = max(colLeft[pl.col], -p.left)
		if !an.Rows[i].Wide {
			colRight[pl.col] = max(colRight[pl.col], p.right)
		}
		headH[pl.grid] = max(headH[pl.grid], p.headH(st, o))
		above[pl.grid] = max(above[pl.grid], p.above)
		below[pl.grid] = max(below[pl.grid], p.below+p.noteH(st, o))
	}
	colX := make([]float64, cols)
	x := 0.0
	for c := range colX {
		colX[c] = x + colLeft[c]
		x += colLeft[c] + colRight[c] + anColGap
	}
	gridY := make([]float64, nGrid)
	y := 0.0
	for g := range gridY {
		gridY[g] = y
		y += headH[g] + above[g] + below[g] + anRowGap
	}
	var items []scene.Item
	for i := range plans {
		p, pl := &plans[i], places[i]
		top, sx := gridY[pl.grid], colX[pl.col]
		strTop := top + headH[pl.grid] + above[pl.grid]
		right := colRight[pl.col]
		if an.Rows[i].Wide {
			right = p.right
		}
		cell := scene.Box{X: sx - colLeft[pl.col], Y: top, H: headH[pl.grid] + above[pl.grid] + below[pl.grid],
			W: colLeft[pl.col] + max(right, textmeasure.MaxWidth(p.headLines, st.head), textmeasure.MaxWidth(p.noteLines, st.note))}
		var group []scene.Item
		if len(p.headLines) > 0 {
			block, _ := TextBlock(sx, top, scene.Start, p.headLines, st.head, th.Size.LineHeight, th.Text, cell)
			group = append(group, block...)
		}
		row := p.drawRow(st, o)
		Translate(row, sx, strTop)
		group = append(group, row...)
		if len(p.noteLines) > 0 {
			block, _ := TextBlock(sx, strTop+p.below+anNoteGap, scene.Start, p.noteLines, st.note, th.Size.LineHeight, th.Muted, cell)
			group = append(group, block...)
		}
		items = append(items, scene.Item{Group: &scene.Group{ID: "row-" + p.row.ID, Title: p.row.Text, Items: group}})
	}
	return Body{Items: items, Bounds: scene.ItemBounds(items)}
}
