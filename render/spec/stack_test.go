package spec

import (
	"errors"
	"testing"
)

// okStack is two columns on a shared base: a, b span both; c sits on b in
// column x, d in column y; e aligns to the end in column y.
func okStack() *Diagram {
	return &Diagram{
		ID:    "demo",
		Title: T("Demo", "演示"),
		Stack: &Stack{
			Columns: []StackColumn{{ID: "x", Label: T("left", "左")}, {ID: "y"}},
			Layers: []Layer{
				{ID: "a", Label: L("a")},
				{ID: "b", Label: T("b", "乙"), Sublabel: L("b/sub"), Role: RoleSeries1},
				{ID: "c", Label: L("c"), Columns: []string{"x"}, Style: Dashed},
				{ID: "c2", Label: L("c2"), Columns: []string{"x"}},
				{ID: "d", Label: L("d"), Columns: []string{"y"}, AlignEnd: true},
			},
			Notes: []SideNote{
				{ID: "ro", Layers: []string{"a", "b"}, Text: T("read-only", "只读")},
				{ID: "up", Layers: []string{"a", "b", "c"}, Text: T("copy up", "向上复制"), Side: Left, Arrow: ArrowUp},
			},
			Arrows: []LayerArrow{
				{From: "c", To: "b", Label: L("gRPC")},
				{From: "d", To: "b"},
			},
		},
	}
}

func TestStackValid(t *testing.T) {
	d := okStack()
	if err := d.Validate(); err != nil {
		t.Fatalf("valid stack rejected: %v", err)
	}
	if k := d.Kind(); k != "stack" {
		t.Errorf("Kind() = %q, want stack", k)
	}
}

// TestStackProblems checks that each bad stack is refused with a message
// naming the diagram, the element and what is wrong.
func TestStackProblems(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(s *Stack)
		want   []string // substrings of one problem
	}{
		{"no layers", func(s *Stack) { s.Layers = nil; s.Notes = nil; s.Arrows = nil },
			[]string{`diagram "demo"`, "stack", "has no layers"}},
		{"duplicate layer id", func(s *Stack) { s.Layers[2].ID = "a" },
			[]string{`diagram "demo"`, `layer "a"`, "duplicate id"}},
		{"layer id clashes with a column", func(s *Stack) { s.Layers[0].ID = "x" },
			[]string{`layer "x"`, "duplicate id", "column"}},
		{"bad layer id", func(s *Stack) { s.Layers[0].ID = "A B" },
			[]string{`layer "A B"`, "id must match"}},
		{"empty label", func(s *Stack) { s.Layers[1].Label = Text{} },
			[]string{`layer "b"`, "label is empty"}},
		{"half-translated sublabel", func(s *Stack) { s.Layers[1].Sublabel = Text{Zh: "只有中文"} },
			[]string{`layer "b"`, "sublabel has no en text"}},
		{"unknown role", func(s *Stack) { s.Layers[0].Role = "purple" },
			[]string{`layer "a"`, `role "purple"`}},
		{"bad style", func(s *Stack) { s.Layers[0].Style = "wavy" },
			[]string{`layer "a"`, `style "wavy"`}},
		{"unknown column", func(s *Stack) { s.Layers[2].Columns = []string{"z"} },
			[]string{`layer "c"`, `unknown column "z"`}},
		{"columns without declared columns", func(s *Stack) {
			s.Columns = nil
			s.Layers[2].Columns = []string{"x"}
			s.Layers[3].Columns = nil
			s.Layers[4].Columns = nil
		},
			[]string{`layer "c"`, "the stack has none"}},
		{"column named twice", func(s *Stack) { s.Layers[2].Columns = []string{"x", "x"} },
			[]string{`layer "c"`, `column "x" twice`}},
		{"columns not side by side", func(s *Stack) {
			s.Columns = append(s.Columns, StackColumn{ID: "w"})
			s.Layers[2].Columns = []string{"x", "w"}
		}, []string{`layer "c"`, "not side by side"}},
		{"align end under another layer", func(s *Stack) { s.Layers[2].AlignEnd = true },
			[]string{`layer "c"`, "aligns to the end", `layer "c2" sits on it`, `column "x"`}},
		{"note names unknown layer", func(s *Stack) { s.Notes[0].Layers = []string{"a", "zz"} },
			[]string{`diagram "demo"`, `side note "ro"`, `unknown layer "zz"`}},
		{"note not consecutive", func(s *Stack) { s.Notes[0].Layers = []string{"a", "c"} },
			[]string{`side note "ro"`, "not neighbours", `"c" does not sit directly on "a"`}},
		{"note listed top down", func(s *Stack) { s.Notes[0].Layers = []string{"b", "a"} },
			[]string{`side note "ro"`, "not neighbours", "stacking order"}},
		{"note names no layers", func(s *Stack) { s.Notes[0].Layers = nil },
			[]string{`side note "ro"`, "names no layers"}},
		{"note without text", func(s *Stack) { s.Notes[1].Text = Text{} },
			[]string{`side note "up"`, "text is empty"}},
		{"note on a bad side", func(s *Stack) { s.Notes[0].Side = "top" },
			[]string{`side note "ro"`, `side "top"`}},
		{"note with a bad arrow", func(s *Stack) { s.Notes[0].Arrow = "sideways" },
			[]string{`side note "ro"`, `arrow "sideways"`}},
		{"note id clashes with a layer", func(s *Stack) { s.Notes[0].ID = "a" },
			[]string{`side note "a"`, "duplicate id"}},
		{"arrow from unknown layer", func(s *Stack) { s.Arrows[0].From = "nope" },
			[]string{`diagram "demo"`, "arrow nope->b", `unknown layer "nope"`}},
		{"arrow to unknown layer", func(s *Stack) { s.Arrows[0].To = "nope" },
			[]string{"arrow c->nope", `unknown layer "nope"`}},
		{"arrow between layers that do not touch", func(s *Stack) { s.Arrows[0].To = "a" },
			[]string{"arrow c->a", "not neighbours"}},
		{"arrow with a bad role", func(s *Stack) { s.Arrows[0].Role = "purple" },
			[]string{"arrow c->b", `role "purple"`}},
		{"bad direction", func(s *Stack) { s.Direction = "sideways" },
			[]string{"stack", `direction "sideways"`}},
		{"negative aspect", func(s *Stack) { s.Aspect = -1 },
			[]string{"stack", "aspect"}},
		{"column label half-translated", func(s *Stack) { s.Columns[0].Label = Text{En: "left"} },
			[]string{`column "x"`, "label has no zh text"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := okStack()
			tc.break_(d.Stack)
			err := d.Validate()
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate() = %v, want a *ValidationError", err)
			}
			for _, p := range ve.Problems {
				if containsAll(p.String(), tc.want) {
					return
				}
			}
			t.Errorf("no problem contains all of %q; got:\n%v", tc.want, err)
		})
	}
}

// TestStackNeighbours: OnTop follows each column's stacking order.
func TestStackNeighbours(t *testing.T) {
	s := okStack().Stack
	cols := s.ColumnLayers()
	idx := func(id string) int { return s.LayerIndex(id) }
	for _, tc := range []struct {
		lower, upper string
		want         bool
	}{
		{"a", "b", true},
		{"b", "c", true},  // in column x
		{"b", "d", true},  // in column y
		{"c", "c2", true}, // in column x
		{"b", "a", false}, // order matters
		{"a", "c", false}, // b is between
		{"c", "d", false}, // different columns
	} {
		if got := s.OnTop(cols, idx(tc.lower), idx(tc.upper)); got != tc.want {
			t.Errorf("OnTop(%s, %s) = %v, want %v", tc.lower, tc.upper, got, tc.want)
		}
	}
}
