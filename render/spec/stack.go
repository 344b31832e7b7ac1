package spec

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Stack is layers stacked on each other: each layer a full-width band with
// a label, an optional sublabel and a role colour (image layers under a
// container's writable layer; dockerd on containerd on containerd-shim on
// runC). Side notes bracket a run of layers with a remark at the left or
// right; arrows join neighbouring layers with a label ("gRPC", "exec").
//
// Columns put several stacks side by side. A layer spans every column, or
// the consecutive columns it names: two containers' writable layers, one
// per column, sit on the read-only image layers that span both, which is
// how copy-on-write shares an image.
type Stack struct {
	// Columns are the stacks side by side, left to right; none means one
	// stack.
	Columns []StackColumn `json:"columns,omitempty"`
	// Layers in stacking order: the first is at the bottom (or at the top
	// when Direction is Down). A layer sits on the layers before it in the
	// columns it spans.
	Layers []Layer `json:"layers"`
	// Notes are side notes: brackets (or arrows) beside a run of layers.
	Notes []SideNote `json:"notes,omitempty"`
	// Arrows join a layer to a neighbour, the one directly on or under it.
	Arrows []LayerArrow `json:"arrows,omitempty"`
	// Direction is where the first layer goes: Up (the default) builds
	// from the bottom, Down from the top.
	Direction StackDirection `json:"direction,omitempty"`
	// Aspect is the width:height ratio the finished picture should come
	// closest to; 0 means 16:9. The available width, when the caller gives
	// one, wins over the aspect.
	Aspect float64 `json:"aspect,omitempty"`
}

// StackDirection is where a stack's first layer goes.
type StackDirection string

const (
	Up   StackDirection = ""     // the first layer at the bottom
	Down StackDirection = "down" // the first layer at the top
)

// StackColumn is one stack of several side by side, with an optional
// heading over it ("the notes' era", "today").
type StackColumn struct {
	ID       string `json:"id"`
	Label    Text   `json:"label"`
	Sublabel Text   `json:"sublabel"`
}

// Layer is one band of a stack.
type Layer struct {
	ID string `json:"id"`
	// Label: literal texts (names, commands) are drawn in monospace,
	// translated ones in sans.
	Label    Text   `json:"label"`
	Sublabel Text   `json:"sublabel"`
	Role     string `json:"role,omitempty"`
	// Style Dashed or Dotted draws a virtual or ephemeral layer (a
	// container's writable layer, a union mount) with a broken outline
	// and no fill.
	Style LineStyle `json:"style,omitempty"`
	// Columns are the ids of the consecutive columns the layer spans;
	// empty spans them all.
	Columns []string `json:"columns,omitempty"`
	// AlignEnd puts the layer level with the last layer of the whole
	// stack (the top one when building up), leaving a gap under it in its
	// columns: the layer must be the last of its columns. An arrow into it
	// spans the gap, showing hops that one stack has and another lacks.
	AlignEnd bool `json:"alignEnd,omitempty"`
}

// SideNote brackets a run of neighbouring layers with a remark beside the
// stack. With Arrow set it is drawn as an arrow along the layers instead of
// a bracket: reading goes down through the layers, a first write copies up.
type SideNote struct {
	ID string `json:"id"`
	// Layers are the layers the note spans, neighbours in stacking order
	// (each directly on the one before it).
	Layers []string  `json:"layers"`
	Text   Text      `json:"text"`
	Side   Side      `json:"side,omitempty"`
	Role   string    `json:"role,omitempty"`
	Arrow  NoteArrow `json:"arrow,omitempty"`
}

// Side is the side of a stack a note stands on.
type Side string

const (
	Right Side = ""
	Left  Side = "left"
)

// NoteArrow turns a side note's bracket into an arrow pointing up or down.
type NoteArrow string

const (
	NoArrow   NoteArrow = ""
	ArrowUp   NoteArrow = "up"
	ArrowDown NoteArrow = "down"
)

// LayerArrow is an arrow from one layer to a neighbour, with a label beside
// it: a call down the stack, a copy up.
type LayerArrow struct {
	From  string    `json:"from"`
	To    string    `json:"to"`
	Label Text      `json:"label"`
	Role  string    `json:"role,omitempty"`
	Style LineStyle `json:"style,omitempty"`
}

// ColumnCount is the number of stacks side by side (1 without columns).
func (s *Stack) ColumnCount() int { return max(1, len(s.Columns)) }

// Span returns the first and last column index a layer spans; ok is false
// when the layer names an unknown column.
func (s *Stack) Span(l Layer) (first, last int, ok bool) {
	if len(l.Columns) == 0 {
		return 0, s.ColumnCount() - 1, true
	}
	first, last = math.MaxInt, -1
	for _, id := range l.Columns {
		i := s.columnIndex(id)
		if i < 0 {
			return 0, 0, false
		}
		first, last = min(first, i), max(last, i)
	}
	return first, last, true
}

func (s *Stack) columnIndex(id string) int {
	for i, c := range s.Columns {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// ColumnLayers returns, for each column, the indexes of the layers in it,
// in stacking order. Layers naming unknown columns are left out.
func (s *Stack) ColumnLayers() [][]int {
	cols := make([][]int, s.ColumnCount())
	for i, l := range s.Layers {
		first, last, ok := s.Span(l)
		if !ok {
			continue
		}
		for c := first; c <= last; c++ {
			cols[c] = append(cols[c], i)
		}
	}
	return cols
}

// OnTop reports whether layer upper sits directly on layer lower (by
// index, in stacking order) in some column.
func (s *Stack) OnTop(cols [][]int, lower, upper int) bool {
	for _, seq := range cols {
		for k := 1; k < len(seq); k++ {
			if seq[k-1] == lower && seq[k] == upper {
				return true
			}
		}
	}
	return false
}

// LayerIndex returns the index of the layer with the id, or -1.
func (s *Stack) LayerIndex(id string) int {
	for i, l := range s.Layers {
		if l.ID == id {
			return i
		}
	}
	return -1
}

func (s *Stack) validate(c *checker) {
	if len(s.Layers) == 0 {
		c.addf("stack", "has no layers; give it at least one Layer")
	}
	switch s.Direction {
	case Up, Down:
	default:
		c.addf("stack", "direction %q is not one of up (\"\") or down", s.Direction)
	}
	if s.Aspect < 0 || math.IsNaN(s.Aspect) || math.IsInf(s.Aspect, 0) {
		c.addf("stack", "aspect %g must be a positive width:height ratio, or 0 for 16:9", s.Aspect)
	}
	for _, col := range s.Columns {
		c.id("column", col.ID)
		elem := fmt.Sprintf("column %q", col.ID)
		c.text(elem, "label", col.Label, false)
		c.text(elem, "sublabel", col.Sublabel, false)
	}
	for _, l := range s.Layers {
		c.id("layer", l.ID)
		elem := fmt.Sprintf("layer %q", l.ID)
		c.text(elem, "label", l.Label, true)
		c.text(elem, "sublabel", l.Sublabel, false)
		c.role(elem, l.Role)
		c.lineStyle(elem, l.Style)
		s.validateColumns(c, elem, l)
	}
	cols := s.ColumnLayers()
	for i, l := range s.Layers {
		if !l.AlignEnd {
			continue
		}
		for ci, seq := range cols {
			if slices.Contains(seq, i) && seq[len(seq)-1] != i {
				c.addf(fmt.Sprintf("layer %q", l.ID), "aligns to the end but layer %q sits on it in %s; only the last layer of its columns can align to the end",
					s.Layers[seq[len(seq)-1]].ID, s.columnName(ci))
				break
			}
		}
	}
	for _, n := range s.Notes {
		c.id("side note", n.ID)
		s.validateNote(c, cols, n)
	}
	for _, a := range s.Arrows {
		s.validateArrow(c, cols, a)
	}
}

func (s *Stack) columnName(i int) string {
	if len(s.Columns) == 0 {
		return "the stack"
	}
	return fmt.Sprintf("column %q", s.Columns[i].ID)
}

// validateColumns checks that a layer names known, distinct, consecutive
// columns.
func (s *Stack) validateColumns(c *checker, elem string, l Layer) {
	if len(l.Columns) == 0 {
		return
	}
	if len(s.Columns) == 0 {
		c.addf(elem, "names columns %s but the stack has none; leave Columns empty or declare the stack's Columns", strings.Join(l.Columns, ", "))
		return
	}
	seen := map[string]bool{}
	for _, id := range l.Columns {
		if s.columnIndex(id) < 0 {
			c.addf(elem, "names unknown column %q", id)
			return
		}
		if seen[id] {
			c.addf(elem, "names column %q twice", id)
			return
		}
		seen[id] = true
	}
	first, last, _ := s.Span(l)
	if last-first+1 != len(l.Columns) {
		c.addf(elem, "columns %s are not side by side; a layer spans consecutive columns", strings.Join(l.Columns, ", "))
	}
}

func (s *Stack) validateNote(c *checker, cols [][]int, n SideNote) {
	elem := fmt.Sprintf("side note %q", n.ID)
	c.text(elem, "text", n.Text, true)
	c.role(elem, n.Role)
	switch n.Side {
	case Right, Left:
	default:
		c.addf(elem, "side %q is not one of right (\"\") or left", n.Side)
	}
	switch n.Arrow {
	case NoArrow, ArrowUp, ArrowDown:
	default:
		c.addf(elem, "arrow %q is not one of none (\"\"), up or down", n.Arrow)
	}
	if len(n.Layers) == 0 {
		c.addf(elem, "names no layers; give the layers it brackets, bottom up")
		return
	}
	prev := -1
	for k, id := range n.Layers {
		i := s.LayerIndex(id)
		if i < 0 {
			c.addf(elem, "names unknown layer %q", id)
			return
		}
		if k > 0 && !s.OnTop(cols, prev, i) {
			c.addf(elem, "layers %q and %q are not neighbours: %q does not sit directly on %q in any column; list consecutive layers in stacking order",
				n.Layers[k-1], id, id, n.Layers[k-1])
			return
		}
		prev = i
	}
}

func (s *Stack) validateArrow(c *checker, cols [][]int, a LayerArrow) {
	elem := fmt.Sprintf("arrow %s->%s", a.From, a.To)
	c.text(elem, "label", a.Label, false)
	c.role(elem, a.Role)
	c.lineStyle(elem, a.Style)
	from, to := s.LayerIndex(a.From), s.LayerIndex(a.To)
	if from < 0 {
		c.addf(elem, "from names unknown layer %q", a.From)
	}
	if to < 0 {
		c.addf(elem, "to names unknown layer %q", a.To)
	}
	if from < 0 || to < 0 {
		return
	}
	if !s.OnTop(cols, from, to) && !s.OnTop(cols, to, from) {
		c.addf(elem, "joins layers that are not neighbours; an arrow runs between a layer and the one directly on or under it (use a side note with an arrow to span several)")
	}
}
