package spec

import (
	"errors"
	"strings"
	"testing"
)

// valid returns a small diagram that passes validation; each case breaks it.
func valid() *Diagram {
	return &Diagram{
		ID:    "demo",
		Title: T("Demo", "演示"),
		Graph: &Graph{
			Nodes: []Node{{ID: "a", Label: L("a")}},
			Groups: []Group{{ID: "g", Label: T("Group", "组"), Nodes: []Node{
				{ID: "b", Label: T("B", "乙"), Kind: KindPod},
			}}},
			Edges: []Edge{{From: "a", To: "b"}, {From: "a", To: "g"}},
		},
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(d *Diagram)
		want   []string // fragments that must all appear in one problem each
	}{
		{"valid", func(d *Diagram) {}, nil},
		{"bad diagram id", func(d *Diagram) { d.ID = "Bad_ID" }, []string{`diagram "Bad_ID": diagram: id "Bad_ID" must match`}},
		{"bad node id", func(d *Diagram) { d.Graph.Nodes[0].ID = "a b" }, []string{`node "a b": id must match [a-z0-9-]+`}},
		{"duplicate id", func(d *Diagram) { d.Graph.Groups[0].Nodes[0].ID = "a" }, []string{`node "a": duplicate id`}},
		{"node reuses group id", func(d *Diagram) { d.Graph.Nodes[0].ID = "g" }, []string{`group "g": duplicate id: node already uses it`}},
		{"unknown edge end", func(d *Diagram) { d.Graph.Edges[0].To = "nope" }, []string{`edge a->nope: to names unknown node "nope"`}},
		{"empty edge end", func(d *Diagram) { d.Graph.Edges[0].From = "" }, []string{`from is empty`}},
		{"empty label", func(d *Diagram) { d.Graph.Nodes[0].Label = Text{} }, []string{`node "a": label is empty`}},
		{"missing zh", func(d *Diagram) { d.Title = Text{En: "Only English"} }, []string{`diagram: title has no zh text`}},
		{"literal and translation", func(d *Diagram) { d.Title = Text{En: "x", Zh: "y", Lit: "z"} }, []string{`title sets both a literal and translations`}},
		{"blank label", func(d *Diagram) { d.Graph.Nodes[0].Label = L("   ") }, []string{`label (literal) is only spaces`}},
		{"unknown role", func(d *Diagram) { d.Graph.Nodes[0].Role = "purple" }, []string{`node "a": role "purple" is unknown`}},
		{"unknown kind", func(d *Diagram) { d.Graph.Nodes[0].Kind = "robot" }, []string{`node "a": kind "robot" is unknown`}},
		{"missing glyph", func(d *Diagram) { d.Graph.Nodes[0].Label = T("ok", "𠀀") }, []string{`node "a": label (zh): character '𠀀' (U+20000) is not in the embedded fonts`}},
		{"emoji", func(d *Diagram) { d.Subtitle = L("ship 🚢") }, []string{`subtitle (literal): character '🚢' (U+1F6A2)`}},
		{"invalid utf-8", func(d *Diagram) { d.Graph.Nodes[0].Label = L("a\xffb") }, []string{`label (literal) is not valid UTF-8`}},
		{"empty group", func(d *Diagram) {
			d.Graph.Groups[0].Nodes = nil
			d.Graph.Edges = d.Graph.Edges[:1]
			d.Graph.Edges[0].To = "a"
		},
			[]string{`group "g": is empty`}},
		{"no body", func(d *Diagram) { d.Graph = nil }, []string{`has 0 bodies`}},
		{"unknown same-rank node", func(d *Diagram) { d.Graph.SameRank = [][]string{{"a", "zz"}} }, []string{`sameRank set 1: names unknown node "zz"`}},
		{"bad side", func(d *Diagram) { d.Graph.Edges[0].ToSide = "up" }, []string{`sides "" / "up"`}},
		{"bad legend", func(d *Diagram) { d.Legend = []LegendItem{{Marker: "star", Label: L("x")}} }, []string{`legend item 1: marker "star"`}},
		{"several problems at once", func(d *Diagram) {
			d.Graph.Nodes[0].Label = Text{}
			d.Graph.Edges[0].To = "nope"
		}, []string{`node "a": label is empty`, `to names unknown node "nope"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := valid()
			tc.mutate(d)
			err := d.Validate()
			if tc.want == nil {
				if err != nil {
					t.Fatalf("unexpected error:\n%v", err)
				}
				return
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("got %v, want a *ValidationError", err)
			}
			for _, frag := range tc.want {
				if !strings.Contains(err.Error(), frag) {
					t.Errorf("error does not mention %q:\n%v", frag, err)
				}
			}
			for _, p := range ve.Problems {
				if p.Diagram != d.ID || p.Element == "" || p.Message == "" {
					t.Errorf("problem lacks diagram, element or message: %+v", p)
				}
			}
		})
	}
}

func TestTextIn(t *testing.T) {
	if got := T("Pod", "容器组").In(ZH); got != "容器组" {
		t.Errorf("zh: got %q", got)
	}
	if got := T("Pod", "容器组").In(EN); got != "Pod" {
		t.Errorf("en: got %q", got)
	}
	if got := L("kubelet").In(ZH); got != "kubelet" {
		t.Errorf("literal: got %q", got)
	}
}
