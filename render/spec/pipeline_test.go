package spec

import (
	"errors"
	"strings"
	"testing"
)

func okPipeline() *Diagram {
	return &Diagram{
		ID:    "demo",
		Title: T("Demo", "演示"),
		Pipeline: &Pipeline{
			Steps: []Step{
				{ID: "a", Title: L("a"), Desc: T("first", "第一")},
				{ID: "b", Title: L("b"), Desc: T("second", "第二"), Badge: "new"},
				{ID: "c", Title: L("c"), Desc: T("third", "第三"), Notes: []Note{{Text: L("/etc/kubernetes/pki")}}},
			},
			Stages:   []Stage{{ID: "s1", Label: T("stage", "阶段"), Steps: []string{"a", "b"}}},
			Branches: []Branch{{ID: "w", Label: T("worker", "工作节点"), From: "a", Steps: []Step{{ID: "w1", Title: L("w1"), Desc: T("only", "仅")}}}},
			Badges:   []Badge{{ID: "new", Label: T("new", "新增"), Role: RoleSuccess}},
		},
	}
}

func TestPipelineValid(t *testing.T) {
	if err := okPipeline().Validate(); err != nil {
		t.Fatalf("valid pipeline rejected: %v", err)
	}
}

// TestPipelineProblems checks that each bad pipeline is refused with a
// message naming the diagram, the element and what is wrong.
func TestPipelineProblems(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(p *Pipeline)
		want   []string // substrings of one problem
	}{
		{"no steps", func(p *Pipeline) { p.Steps = nil; p.Stages = nil; p.Branches = nil },
			[]string{`diagram "demo"`, "pipeline", "has no steps"}},
		{"duplicate step id", func(p *Pipeline) { p.Steps[2].ID = "a" },
			[]string{`diagram "demo"`, `step "a"`, "duplicate id"}},
		{"branch step duplicates a main step", func(p *Pipeline) { p.Branches[0].Steps[0].ID = "c" },
			[]string{`step "c"`, "duplicate id"}},
		{"stage names unknown step", func(p *Pipeline) { p.Stages[0].Steps = []string{"a", "zz"} },
			[]string{`diagram "demo"`, `stage "s1"`, `unknown step "zz"`}},
		{"stage names a branch step", func(p *Pipeline) { p.Stages[0].Steps = []string{"w1"} },
			[]string{`stage "s1"`, `"w1"`, "main path"}},
		{"stage not consecutive", func(p *Pipeline) { p.Stages[0].Steps = []string{"a", "c"} },
			[]string{`stage "s1"`, "consecutive"}},
		{"stage empty", func(p *Pipeline) { p.Stages[0].Steps = nil },
			[]string{`stage "s1"`, "names no steps"}},
		{"step in two stages", func(p *Pipeline) {
			p.Stages = append(p.Stages, Stage{ID: "s2", Label: T("x", "x"), Steps: []string{"b", "c"}})
		}, []string{`stage "s2"`, `"b"`, `already in stage "s1"`}},
		{"unknown badge", func(p *Pipeline) { p.Steps[0].Badge = "moved" },
			[]string{`step "a"`, `badge "moved"`}},
		{"branch from unknown step", func(p *Pipeline) { p.Branches[0].From = "nope" },
			[]string{`branch "w"`, `"nope"`}},
		{"empty branch", func(p *Pipeline) { p.Branches[0].Steps = nil },
			[]string{`branch "w"`, "no steps"}},
		{"missing description", func(p *Pipeline) { p.Steps[1].Desc = Text{} },
			[]string{`step "b"`, "desc is empty"}},
		{"half-translated note", func(p *Pipeline) { p.Steps[2].Notes[0].Text = Text{En: "only English"} },
			[]string{`step "c"`, "note 1", "no zh text"}},
		{"unknown role", func(p *Pipeline) { p.Steps[0].Role = "purple" },
			[]string{`step "a"`, `role "purple"`}},
		{"negative aspect", func(p *Pipeline) { p.Aspect = -1 },
			[]string{"pipeline", "aspect"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := okPipeline()
			tc.break_(d.Pipeline)
			err := d.Validate()
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate() = %v, want a *ValidationError", err)
			}
			for _, p := range ve.Problems {
				s := p.String()
				all := true
				for _, w := range tc.want {
					all = all && strings.Contains(s, w)
				}
				if all {
					return
				}
			}
			t.Errorf("no problem mentions all of %q; got:\n%v", tc.want, err)
		})
	}
}

func TestCardsProblems(t *testing.T) {
	ok := func() *Diagram {
		return &Diagram{
			ID: "grid", Title: T("Grid", "网格"),
			Cards: &Cards{
				Sections: []Section{{ID: "s", Title: T("S", "S"), Cards: []Card{
					{ID: "x", Title: L("x"), Desc: T("x", "x")},
					{ID: "y", Title: L("y"), Badge: "req"},
				}}},
				Badges: []Badge{{ID: "req", Label: T("required", "必需"), Role: RoleWarning}},
			},
		}
	}
	if err := ok().Validate(); err != nil {
		t.Fatalf("valid cards rejected: %v", err)
	}
	tests := []struct {
		name   string
		break_ func(c *Cards)
		want   []string
	}{
		{"no sections", func(c *Cards) { c.Sections = nil }, []string{`diagram "grid"`, "cards", "no sections"}},
		{"empty section", func(c *Cards) { c.Sections[0].Cards = nil }, []string{`section "s"`, "no cards"}},
		{"duplicate card", func(c *Cards) { c.Sections[0].Cards[1].ID = "x" }, []string{`card "x"`, "duplicate id"}},
		{"unknown badge", func(c *Cards) { c.Sections[0].Cards[0].Badge = "gone" }, []string{`card "x"`, `badge "gone"`}},
		{"card id clashes with section", func(c *Cards) { c.Sections[0].Cards[0].ID = "s" }, []string{`card "s"`, "already uses it"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := ok()
			tc.break_(d.Cards)
			err := d.Validate()
			if err == nil {
				t.Fatal("Validate() = nil, want problems")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestTwoBodies(t *testing.T) {
	d := okPipeline()
	d.Cards = &Cards{Sections: []Section{{ID: "s", Title: L("s"), Cards: []Card{{ID: "x", Title: L("x")}}}}}
	err := d.Validate()
	if err == nil || !strings.Contains(err.Error(), "has 2 bodies") {
		t.Fatalf("Validate() = %v, want a two-bodies problem", err)
	}
}
