package spec

import (
	"errors"
	"strings"
	"testing"
)

func okAnatomy() *Diagram {
	return &Diagram{
		ID:    "demo",
		Title: T("Demo", "演示"),
		Anatomy: &Anatomy{
			Rows: []AnatomyRow{{
				ID:   "url",
				Text: "/apis/apps/v1",
				Parts: []Part{
					{ID: "root", Text: "/apis", Annotation: Annotation{Name: T("API root", "API 根路径"), Role: RoleSeries5}},
					{Text: "/"},
					{ID: "group", Text: "apps", Annotation: Annotation{Name: T("group", "群组"), Desc: T("the group", "群组名"), Example: L("apps, batch"), Role: RoleSeries2}},
					{Text: "/"},
					{ID: "version", Text: "v1", Annotation: Annotation{Role: RoleSeries3, Optional: true}},
				},
				Spans: []Span{{ID: "gv", From: "group", To: "version", Annotation: Annotation{Name: L("GROUP/VERSION"), Side: SideAbove}}},
			}},
		},
	}
}

func TestAnatomyValid(t *testing.T) {
	d := okAnatomy()
	if err := d.Validate(); err != nil {
		t.Fatalf("valid anatomy rejected: %v", err)
	}
	if d.Kind() != "anatomy" {
		t.Errorf("Kind() = %q, want anatomy", d.Kind())
	}
}

// TestAnatomyProblems checks that each bad anatomy is refused with a
// message naming the diagram, the element and what is wrong.
func TestAnatomyProblems(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(a *Anatomy)
		want   []string // substrings of one problem
	}{
		{"no rows", func(a *Anatomy) { a.Rows = nil },
			[]string{`diagram "demo"`, "anatomy", "has no rows"}},
		{"separator does not continue the string", func(a *Anatomy) { a.Rows[0].Parts[3].Text = "-" },
			[]string{`diagram "demo"`, `row "url" part 4`, `text "-" does not continue`, `after "/apis/apps"`, `reads "/"`}},
		{"typo in a part", func(a *Anatomy) { a.Rows[0].Parts[2].Text = "aps" },
			[]string{`part "group"`, `text "aps" does not continue`, `after "/apis/"`, `reads "app"`}},
		{"parts stop short", func(a *Anatomy) { a.Rows[0].Text = "/apis/apps/v1/deployments" },
			[]string{`row "url"`, `spell only "/apis/apps/v1"`, `"/deployments"`}},
		{"empty part", func(a *Anatomy) { a.Rows[0].Parts[1].Text = "" },
			[]string{`row "url" part 2`, "text is empty"}},
		{"empty row text", func(a *Anatomy) { a.Rows[0].Text = "" },
			[]string{`row "url"`, "text is empty"}},
		{"duplicate id", func(a *Anatomy) { a.Rows[0].Parts[2].ID = "root"; a.Rows[0].Spans = nil },
			[]string{`part "root"`, "duplicate id"}},
		{"row and part share an id", func(a *Anatomy) { a.Rows[0].ID = "group" },
			[]string{`part "group"`, "duplicate id", "row"}},
		{"annotated part without id", func(a *Anatomy) { a.Rows[0].Parts[0].ID = "" },
			[]string{`row "url" part 1`, "no id"}},
		{"name without zh", func(a *Anatomy) { a.Rows[0].Parts[0].Name = Text{En: "API root"} },
			[]string{`part "root"`, "name has no zh text"}},
		{"desc without name", func(a *Anatomy) { a.Rows[0].Parts[4].Desc = T("v", "版") },
			[]string{`part "version"`, "no name"}},
		{"unknown role", func(a *Anatomy) { a.Rows[0].Parts[2].Role = "teal" },
			[]string{`part "group"`, `role "teal" is unknown`}},
		{"bad side", func(a *Anatomy) { a.Rows[0].Parts[2].Side = "left" },
			[]string{`part "group"`, `side "left"`}},
		{"optional with nothing to show", func(a *Anatomy) { a.Rows[0].Parts[1] = Part{Text: "/", Annotation: Annotation{Optional: true}} },
			[]string{`row "url" part 2`, "optional", "nothing shows it"}},
		{"span from unknown part", func(a *Anatomy) { a.Rows[0].Spans[0].From = "nope" },
			[]string{`span "gv"`, `from names "nope"`}},
		{"span backwards", func(a *Anatomy) { a.Rows[0].Spans[0].From, a.Rows[0].Spans[0].To = "version", "group" },
			[]string{`span "gv"`, "comes after"}},
		{"span without name", func(a *Anatomy) { a.Rows[0].Spans[0].Name = Text{} },
			[]string{`span "gv"`, "no name"}},
		{"spans overlap", func(a *Anatomy) {
			a.Rows[0].Spans = append(a.Rows[0].Spans, Span{ID: "gv2", From: "root", To: "group", Annotation: Annotation{Name: T("x", "x"), Side: SideBelow}})
		}, []string{`span "gv2"`, `overlaps span "gv"`}},
		{"span and inner label on one side", func(a *Anatomy) { a.Rows[0].Parts[2].Side = SideAbove },
			[]string{`span "gv"`, `part "group"`, "both above"}},
		{"negative columns", func(a *Anatomy) { a.Columns = -1 },
			[]string{"anatomy", "columns -1"}},
		{"bad aspect", func(a *Anatomy) { a.Aspect = -2 },
			[]string{"anatomy", "aspect -2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := okAnatomy()
			tc.break_(d.Anatomy)
			err := d.Validate()
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("got %v, want a *ValidationError", err)
			}
			for _, p := range ve.Problems {
				all := true
				for _, w := range tc.want {
					if !strings.Contains(p.String(), w) {
						all = false
					}
				}
				if all {
					return
				}
			}
			t.Errorf("no problem has all of %q; got:\n%v", tc.want, err)
		})
	}
}
