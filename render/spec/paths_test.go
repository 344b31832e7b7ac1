package spec

import (
	"errors"
	"strings"
	"testing"
)

// pathsDiagram is a small valid graph with one path, for the table below
// to break one field at a time.
func pathsDiagram() *Diagram {
	return &Diagram{
		ID:    "paths",
		Title: L("paths"),
		Graph: &Graph{
			Nodes:  []Node{{ID: "a", Label: L("a")}, {ID: "b", Label: L("b")}},
			Groups: []Group{{ID: "g", Label: L("g"), Nodes: []Node{{ID: "c", Label: L("c")}}}},
			Edges:  []Edge{{ID: "ab", From: "a", To: "b"}, {From: "b", To: "c"}},
			Paths:  []Path{{ID: "p1", Number: 1, Role: RoleSeries1, Label: T("one", "一"), Members: []string{"a", "ab", "b", "g"}}},
		},
	}
}

func TestValidatePathsAndFocus(t *testing.T) {
	tests := []struct {
		name   string
		change func(d *Diagram)
		want   []string // substrings of the problems, in order; none: valid
	}{
		{"valid", func(d *Diagram) {}, nil},
		{"valid focus on a path and an element", func(d *Diagram) { d.Focus = []string{"p1", "c"} }, nil},
		{"unknown member", func(d *Diagram) { d.Graph.Paths[0].Members = append(d.Graph.Paths[0].Members, "zz") },
			[]string{`diagram "paths": path "p1": member "zz" is unknown`}},
		{"member is a path", func(d *Diagram) {
			d.Graph.Paths = append(d.Graph.Paths, Path{ID: "p2", Number: 2, Role: RoleSeries2, Members: []string{"p1"}})
		}, []string{`path "p2": member "p1" is a path`}},
		{"duplicate number", func(d *Diagram) {
			d.Graph.Paths = append(d.Graph.Paths, Path{ID: "p2", Number: 1, Role: RoleSeries2, Members: []string{"a"}})
		}, []string{`path "p2": number 1 is already path "p1"'s`}},
		{"number out of range", func(d *Diagram) { d.Graph.Paths[0].Number = 0 }, []string{`path "p1": number 0 is outside 1-20`}},
		{"no members", func(d *Diagram) { d.Graph.Paths[0].Members = nil }, []string{`path "p1": has no members`}},
		{"bad role", func(d *Diagram) { d.Graph.Paths[0].Role = "pink" }, []string{`path "p1": role "pink" is unknown`}},
		{"path id taken", func(d *Diagram) { d.Graph.Paths[0].ID = "ab" }, []string{`path "ab": duplicate id: edge already uses it`}},
		{"half a label", func(d *Diagram) { d.Graph.Paths[0].Label = Text{En: "one"} }, []string{`path "p1": label has no zh text`}},
		{"unknown focus", func(d *Diagram) { d.Focus = []string{"p9"} }, []string{`focus: names unknown path or element "p9"`}},
		{"legend for unknown", func(d *Diagram) {
			d.Legend = []LegendItem{{Marker: MarkerLine, Label: L("x"), For: "nope"}}
		}, []string{`legend item 1: for names unknown path or element "nope"`}},
		{"focus without a graph", func(d *Diagram) { d.Graph = nil; d.Focus = []string{"p1"} }, []string{
			`has 0 bodies`, `focus: works on graph bodies only; this diagram is a none`, `focus: names unknown path or element "p1"`}},
		{"negative label width", func(d *Diagram) { d.Graph.EdgeLabelWidth = -1 }, []string{`edgeLabelWidth must not be negative`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := pathsDiagram()
			tt.change(d)
			err := d.Validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("want valid, got:\n%v", err)
				}
				return
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("want a *ValidationError, got %v", err)
			}
			if len(ve.Problems) != len(tt.want) {
				t.Fatalf("want %d problems, got %d:\n%v", len(tt.want), len(ve.Problems), err)
			}
			for i, w := range tt.want {
				if got := ve.Problems[i].String(); !strings.Contains(got, w) {
					t.Errorf("problem %d = %q, want it to contain %q", i+1, got, w)
				}
			}
		})
	}
}
