package layout

import (
	"reflect"
	"sort"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

func focusGraph() *spec.Diagram {
	return &spec.Diagram{ID: "f", Title: spec.L("f"), Graph: &spec.Graph{
		Nodes: []spec.Node{{ID: "a", Label: spec.L("a")}, {ID: "b", Label: spec.L("b")}},
		Groups: []spec.Group{{ID: "outer", Label: spec.L("outer"), Nodes: []spec.Node{{ID: "c", Label: spec.L("c")}},
			Groups: []spec.Group{{ID: "inner", Label: spec.L("inner"), Nodes: []spec.Node{{ID: "d", Label: spec.L("d")}}}}}},
		Edges: []spec.Edge{
			{ID: "ab", From: "a", To: "b", Label: spec.L("a to b")},
			{ID: "bc", From: "b", To: "c", Role: spec.RoleWarning},
			{From: "c", To: "d"},
		},
		Paths: []spec.Path{
			{ID: "p1", Number: 1, Role: spec.RoleSeries1, Label: spec.L("one"), Members: []string{"a", "ab", "b"}},
			{ID: "p2", Number: 2, Role: spec.RoleSeries2, Members: []string{"ab", "outer"}},
		},
	}}
}

func TestNewFocus(t *testing.T) {
	tests := []struct {
		focus []string
		want  []string
	}{
		{nil, nil},
		{[]string{"p1"}, []string{"a", "ab", "b", "p1"}},
		{[]string{"p2"}, []string{"ab", "c", "d", "inner", "outer", "p2"}},
		{[]string{"inner", "bc"}, []string{"bc", "d", "inner"}},
	}
	for _, tt := range tests {
		d := focusGraph()
		d.Focus = tt.focus
		f := newFocus(d)
		var got []string
		for id := range f.keep {
			got = append(got, id)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("focus %v keeps %v, want %v", tt.focus, got, tt.want)
		}
		if f.active() != (tt.focus != nil) {
			t.Errorf("focus %v: active() = %v", tt.focus, f.active())
		}
	}
}

func TestEdgeColors(t *testing.T) {
	th := theme.Light
	tests := []struct {
		name  string
		focus []string
		edge  int
		want  string // role
	}{
		{"first path's colour", nil, 0, spec.RoleSeries1},
		{"own role when on no path", nil, 1, spec.RoleWarning},
		{"neutral when on nothing", nil, 2, spec.RoleNeutral},
		{"the focused path's colour", []string{"p2"}, 0, spec.RoleSeries2},
		{"first path's colour when another element is focused", []string{"a"}, 0, spec.RoleSeries1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := focusGraph()
			d.Focus = tt.focus
			gl := newGraphLayout(d.Graph, Options{Lang: spec.EN, Theme: th})
			gl.focus = newFocus(d)
			_, line, role := gl.edgeColors(tt.edge)
			if role != tt.want {
				t.Errorf("role %q, want %q", role, tt.want)
			}
			wantLine := th.Role(tt.want).Accent
			if tt.want == spec.RoleNeutral {
				wantLine = th.Line
			}
			if line != wantLine {
				t.Errorf("line colour %v, want %v", line, wantLine)
			}
		})
	}
}

func TestPathBadgesWidenLabels(t *testing.T) {
	d := focusGraph()
	gl := newGraphLayout(d.Graph, Options{Lang: spec.EN, Theme: theme.Light})
	text := textOnly(d.Graph.Edges[0].Label.Lit)
	ab := gl.labels[0]
	if !reflect.DeepEqual(ab.badges, []int{0, 1}) {
		t.Errorf("edge ab badges %v, want paths [0 1]", ab.badges)
	}
	if want := text + badgeLead + 2*2*badgeR + badgeGap + badgeGap - labelPadX; ab.w != want {
		t.Errorf("edge ab label width %g, want %g (text and two badges)", ab.w, want)
	}
	if gl.labels[1].w != 0 || gl.labels[2].w != 0 {
		t.Errorf("edges off every path got label room: %g, %g", gl.labels[1].w, gl.labels[2].w)
	}
}

func textOnly(s string) float64 {
	gl := newGraphLayout(&spec.Graph{Nodes: []spec.Node{{ID: "x", Label: spec.L("x")}},
		Edges: []spec.Edge{{From: "x", To: "x", Label: spec.L(s)}}}, Options{Lang: spec.EN, Theme: theme.Light})
	return gl.labels[0].w
}

func TestPathLegend(t *testing.T) {
	g := focusGraph().Graph
	g.Paths[0], g.Paths[1] = g.Paths[1], g.Paths[0]
	g.Paths[0].Label = spec.L("two")
	got := pathLegend(g)
	if len(got) != 2 || got[0].Number != 1 || got[1].Number != 2 || got[0].For != "p1" || got[1].Marker != spec.MarkerLine {
		t.Errorf("legend %+v, want p1 then p2, numbered line entries", got)
	}
}

func TestDim(t *testing.T) {
	th := theme.Light
	red := scene.Hex("#ff0000")
	items := []scene.Item{
		{Rect: &scene.Rect{Fill: red, Stroke: scene.Stroke{Color: scene.Transparent}}},
		{Group: &scene.Group{Items: []scene.Item{{Text: &scene.Text{Color: red.WithAlpha(128)}}}}},
	}
	Dim(items, th)
	want := red.Mix(th.Background, 1-th.Dim)
	if got := items[0].Rect.Fill; got != want {
		t.Errorf("dimmed fill %v, want %v", got, want)
	}
	if got := items[0].Rect.Stroke.Color; got != scene.Transparent {
		t.Errorf("transparent stroke became %v", got)
	}
	if got := items[1].Group.Items[0].Text.Color; got.A != 128 || got.R != want.R {
		t.Errorf("dimmed text %v, want %v with alpha 128", got, want)
	}
}
