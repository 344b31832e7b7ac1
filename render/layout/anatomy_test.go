package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// fixtureAnatomy has a bit of everything: two columns, a wide row, spans
// (one nested over bracketed parts), optional parts, literal names and
// examples, and a row of labels crowded enough to need a second lane.
func fixtureAnatomy() *spec.Diagram {
	sep := func(s string) spec.Part { return spec.Part{Text: s} }
	named := func(id, text, role, en, zh string) spec.Part {
		return spec.Part{ID: id, Text: text, Annotation: spec.Annotation{Role: role, Name: spec.T(en, zh)}}
	}
	return &spec.Diagram{
		ID:    "test-anatomy",
		Title: spec.T("Anatomy", "构成"),
		Anatomy: &spec.Anatomy{
			Columns: 2,
			Rows: []spec.AnatomyRow{
				{
					ID: "url", Label: spec.T("A named group", "命名的群组"),
					Text: "/apis/apps/v1/namespaces/default/deployments",
					Parts: []spec.Part{
						{ID: "root", Text: "/apis", Annotation: spec.Annotation{Role: spec.RoleSeries5, Name: spec.T("API root", "API 根路径"),
							Desc: spec.T("/apis for named groups", "命名的群组以 /apis 为根")}},
						sep("/"),
						{ID: "group", Text: "apps", Annotation: spec.Annotation{Role: spec.RoleSeries2, Name: spec.T("group", "群组"),
							Example: spec.L("apps, batch, networking.k8s.io")}},
						sep("/"),
						{ID: "version", Text: "v1", Annotation: spec.Annotation{Role: spec.RoleSeries3, Name: spec.T("version", "版本"),
							Desc: spec.T("each group has its own versions", "每个群组有各自的版本")}},
						sep("/"),
						{ID: "ns", Text: "namespaces/default", Annotation: spec.Annotation{Role: spec.RoleSeries4, Name: spec.T("namespace", "名称空间"), Optional: true,
							Desc: spec.T("leave it out to list across all namespaces", "省略则跨所有名称空间列出")}},
						sep("/"),
						named("resource", "deployments", spec.RoleSeries1, "resource type (plural)", "资源类型（复数）"),
					},
				},
				{
					ID: "manifest", Label: spec.T("In a manifest", "资源清单中"),
					Text: "apiVersion: apps/v1",
					Parts: []spec.Part{
						sep("apiVersion: "),
						{ID: "mf-group", Text: "apps", Annotation: spec.Annotation{Role: spec.RoleSeries2}},
						sep("/"),
						{ID: "mf-version", Text: "v1", Annotation: spec.Annotation{Role: spec.RoleSeries3}},
					},
					Spans: []spec.Span{{ID: "gv", From: "mf-group", To: "mf-version", Annotation: spec.Annotation{Name: spec.L("GROUP/VERSION"), Side: spec.SideBelow}}},
				},
				{
					ID: "cmd", Label: spec.T("Crowded: every piece named", "密集：每一段都有标签"), Wide: true,
					Text: "kubectl get pods web-1 -n default -o yaml --watch",
					Parts: []spec.Part{
						named("c-kubectl", "kubectl", "", "the client", "客户端"), sep(" "),
						named("c-get", "get", spec.RoleControl, "command", "子命令"), sep(" "),
						named("c-pods", "pods", spec.RoleSeries1, "resource type", "资源类型"), sep(" "),
						{ID: "c-name", Text: "web-1", Annotation: spec.Annotation{Role: spec.RoleSeries6, Name: spec.T("resource name", "资源名称"), Optional: true}}, sep(" "),
						named("c-ns", "-n default", spec.RoleSeries4, "namespace", "名称空间"), sep(" "),
						named("c-out", "-o yaml", spec.RoleSeries3, "output format", "输出格式"), sep(" "),
						named("c-watch", "--watch", spec.RoleSeries3, "watch for changes", "监视资源变动"),
					},
					Spans: []spec.Span{{ID: "flags", From: "c-ns", To: "c-watch", Annotation: spec.Annotation{Name: spec.T("flags", "命令行选项"), Role: spec.RoleSeries3}}},
					Note:  spec.T("A note under the row.", "行下的备注。"),
				},
			},
		},
	}
}

// TestAnatomyGolden: the fixture's scene in English on light and Chinese
// on dark.
func TestAnatomyGolden(t *testing.T) {
	goldenFixture(t, "anatomy-fixture", fixtureAnatomy())
}

// anatomyScenes lays out, in both languages, the fixture; the fixture
// with its columns left to the layout, at the target aspect and in 900 px;
// and its crowded row alone in 700 px.
func anatomyScenes(t *testing.T) map[string]*scene.Scene {
	t.Helper()
	auto := fixtureAnatomy()
	auto.ID = "test-auto"
	auto.Anatomy.Columns = 0
	crowded := fixtureAnatomy()
	crowded.ID = "test-crowded"
	crowded.Anatomy.Rows = crowded.Anatomy.Rows[2:]
	out := map[string]*scene.Scene{}
	for _, tc := range []struct {
		d      *spec.Diagram
		widths []float64
	}{{fixtureAnatomy(), []float64{0}}, {auto, []float64{0, 900}}, {crowded, []float64{700}}} {
		mustValidate(t, tc.d)
		for _, lang := range spec.Langs {
			for _, w := range tc.widths {
				s, err := Layout(tc.d, Options{Lang: lang, Theme: theme.Light, Width: w})
				if err != nil {
					t.Fatal(err)
				}
				out[fmt.Sprintf("%s/%s/width=%g", tc.d.ID, lang, w)] = s
			}
		}
	}
	return out
}

// anatomyLabel is one annotation's label as drawn: the box around its
// texts, and its leader.
type anatomyLabel struct {
	id     string
	box    scene.Box
	leader []scene.Point
}

// anatomyLabels collects every annotation group's label texts and leader.
func anatomyLabels(s *scene.Scene) []anatomyLabel {
	var out []anatomyLabel
	scene.Walk(s.Items, func(it *scene.Item) {
		g := it.Group
		if g == nil || !(strings.HasPrefix(g.ID, "part-") || strings.HasPrefix(g.ID, "span-")) {
			return
		}
		l := anatomyLabel{id: g.ID}
		for _, c := range g.Items {
			switch {
			case c.Text != nil:
				l.box = l.box.Union(c.Text.Bounds())
			case c.Path != nil && len(c.Path.Segments) == 2: // the leader; brackets have four points
				l.leader = scene.Flatten(c.Path.Segments)
			}
		}
		if l.box.W > 0 {
			out = append(out, l)
		}
	})
	return out
}

// TestAnatomyLabelsClear: no label overlaps another, no leader or bracket
// crosses any text (the strings included), every text stays in its box
// and no two texts overlap, whatever the language and width.
func TestAnatomyLabelsClear(t *testing.T) {
	for name, s := range anatomyScenes(t) {
		t.Run(name, func(t *testing.T) {
			labels := anatomyLabels(s)
			if len(labels) < 4 {
				t.Fatalf("found %d labels; the walk is broken", len(labels))
			}
			for i := range labels {
				for j := i + 1; j < len(labels); j++ {
					if labels[i].box.Intersects(labels[j].box, 0.5) {
						t.Errorf("label %s overlaps label %s", labels[i].id, labels[j].id)
					}
				}
			}
			var texts []*scene.Text
			var lines [][]scene.Point
			scene.Walk(s.Items, func(it *scene.Item) {
				switch {
				case it.Text != nil:
					texts = append(texts, it.Text)
				case it.Path != nil && it.Path.Stroke.Width > 0:
					lines = append(lines, scene.Flatten(it.Path.Segments))
				}
			})
			for _, tx := range texts {
				if crossesAny(tx.Bounds(), lines) {
					t.Errorf("a line crosses %q", tx.Text)
				}
			}
			for i := range texts {
				for j := i + 1; j < len(texts); j++ {
					if texts[i].Bounds().Intersects(texts[j].Bounds(), 0.5) {
						t.Errorf("%q overlaps %q", texts[i].Text, texts[j].Text)
					}
				}
			}
			for _, o := range scene.Overflows(s.Items, 0.01) {
				t.Errorf("%v", o)
			}
		})
	}
}

// TestAnatomyShape: with its columns left to the layout the fixture is
// slide-shaped; with a width given, the body fits it.
func TestAnatomyShape(t *testing.T) {
	for name, s := range anatomyScenes(t) {
		switch {
		case strings.HasPrefix(name, "test-auto/") && strings.HasSuffix(name, "width=0"):
			if a := s.Width / s.Height; a < 4.0/3 || a > 2 {
				t.Errorf("%s: %.0fx%.0f is %.2f:1; want 4:3 to 2:1", name, s.Width, s.Height, a)
			}
		case strings.HasSuffix(name, "width=900"), strings.HasSuffix(name, "width=700"):
			var w float64
			fmt.Sscanf(name[strings.LastIndex(name, "=")+1:], "%g", &w)
			if bw := bodyBounds(s).W; bw > w {
				t.Errorf("%s: body %.0f px wide, more than the %.0f available", name, bw, w)
			}
		}
	}
}

// rowStrings returns, per row group, the x where its string starts and
// its baseline.
func rowStrings(s *scene.Scene) map[string]scene.Point {
	out := map[string]scene.Point{}
	scene.Walk(s.Items, func(it *scene.Item) {
		g := it.Group
		if g == nil || !strings.HasPrefix(g.ID, "row-") {
			return
		}
		first := true
		var p scene.Point
		for _, c := range g.Items {
			if tx := c.Text; tx != nil && tx.Style.Family == textmeasure.Mono && tx.Style.Size >= 20 {
				if first || tx.X < p.X {
					p = scene.Point{X: tx.X, Y: tx.Y}
				}
				first = false
			}
		}
		out[g.ID] = p
	})
	return out
}

// TestAnatomyGrid: the strings of a column start at one x, those of a
// grid row share a baseline, and a wide row sits under both columns,
// starting where the first column's strings do.
func TestAnatomyGrid(t *testing.T) {
	s, err := Layout(fixtureAnatomy(), Options{Lang: spec.EN, Theme: theme.Light})
	if err != nil {
		t.Fatal(err)
	}
	rs := rowStrings(s)
	url, mf, cmd := rs["row-url"], rs["row-manifest"], rs["row-cmd"]
	if url.Y != mf.Y {
		t.Errorf("url and manifest strings have baselines %.1f and %.1f; want one line", url.Y, mf.Y)
	}
	if mf.X <= url.X+textmeasure.Width("/apis/apps/v1/namespaces/default/deployments", mono(20)) {
		t.Errorf("manifest string at x %.1f is not right of the url string at %.1f", mf.X, url.X)
	}
	if cmd.X != url.X {
		t.Errorf("wide row starts at x %.1f, first column at %.1f", cmd.X, url.X)
	}
	if cmd.Y <= url.Y {
		t.Errorf("wide row baseline %.1f is not under the first grid row's %.1f", cmd.Y, url.Y)
	}
}

// TestAnatomyPartsSpellTheString: the drawn pieces of every row, read
// left to right, are the row's text without its spaces, each coloured
// piece in its role's ink.
func TestAnatomyPartsSpellTheString(t *testing.T) {
	d := fixtureAnatomy()
	s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range d.Anatomy.Rows {
		var got strings.Builder
		scene.Walk(s.Items, func(it *scene.Item) {
			if g := it.Group; g != nil && g.ID == "row-"+r.ID {
				for _, c := range g.Items {
					if tx := c.Text; tx != nil && tx.Style.Family == textmeasure.Mono && tx.Style.Size >= 20 {
						got.WriteString(tx.Text)
					}
				}
			}
		})
		if want := strings.ReplaceAll(r.Text, " ", ""); strings.ReplaceAll(got.String(), " ", "") != want {
			t.Errorf("row %s draws %q, want %q", r.ID, got.String(), want)
		}
	}
}

// TestAnatomySpanSides: a span's label goes where its parts' labels are
// not, and a span over bracketed parts on its own side nests outside
// their brackets.
func TestAnatomySpanSides(t *testing.T) {
	d := fixtureAnatomy()
	o := Options{Lang: spec.EN, Theme: theme.Light}
	st := newAnStyles(34, 220, o)
	cmd := planRow(&d.Anatomy.Rows[2], d.Anatomy, st, o)
	sides := map[string]spec.LabelSide{}
	for _, m := range cmd.marks {
		sides[m.id] = m.side
	}
	for _, inner := range []string{"part-c-ns", "part-c-out", "part-c-watch"} {
		if sides[inner] == sides["span-flags"] {
			t.Errorf("%s is %s, like the span over it", inner, sides[inner])
		}
	}
	mf := planRow(&d.Anatomy.Rows[1], d.Anatomy, st, o)
	for _, m := range mf.marks {
		want := 0
		if m.span {
			want = 1 // below, outside the parts' own brackets
		}
		if m.side != spec.SideBelow || m.level != want {
			t.Errorf("manifest %s: %s at level %d; want below at level %d", m.id, m.side, m.level, want)
		}
	}
}

// TestAnWrapKeepsLeadingSlash: prose never breaks between a word's
// leading slash and the word; paths still break after inner slashes.
func TestAnWrapKeepsLeadingSlash(t *testing.T) {
	st := sans(14)
	for _, tc := range []struct {
		text spec.Text
		lang spec.Lang
	}{
		{spec.T("x", "命名的群组均以 /apis 为根"), spec.ZH},
		{spec.T("every named group sits under /apis here", "x"), spec.EN},
	} {
		s := tc.text.In(tc.lang)
		for w := 40.0; w < textmeasure.Width(s, st)+10; w += 3 {
			for _, l := range wrapText(tc.text, tc.lang, st, w) {
				if strings.HasSuffix(l, "/") {
					t.Fatalf("%q at %.0f px: line %q ends in a leading slash", s, w, l)
				}
				if math.IsNaN(textmeasure.Width(l, st)) {
					t.Fatal("NaN width")
				}
			}
		}
	}
}

// TestAnatomyLabelFlyingLeft: a label flying left of its leader keeps its
// texts and its optional pill inside its box, right-aligned to the
// leader, with the pill clear of the name, whether the pill shares the
// name's line or takes its own.
func TestAnatomyLabelFlyingLeft(t *testing.T) {
	d := fixtureAnatomy()
	o := Options{Lang: spec.EN, Theme: theme.Light}
	for _, labelW := range []float64{220, 110} { // 110: the pill takes its own line
		st := newAnStyles(34, labelW, o)
		p := planRow(&d.Anatomy.Rows[0], d.Anatomy, st, o)
		for _, mk := range p.marks {
			if mk.id != "part-ns" {
				continue
			}
			mk.label = mk.variants[0]
			if own := labelW == 110; mk.label.pillOwnLine != own {
				t.Fatalf("labelW %g: pill on its own line = %v, want %v", labelW, mk.label.pillOwnLine, own)
			}
			mk.left = true
			mk.bw = anRuleGap + mk.label.w + 1
			mk.bx = mk.cx - mk.bw + 1
			items := p.drawLabel(mk, 0, st, o)
			box := scene.Box{X: mk.bx, Y: -1, W: mk.bw, H: mk.label.h + 2}
			var pill scene.Box
			for _, it := range items {
				if it.Rect != nil {
					pill = it.Rect.Box
				}
			}
			if pill.W == 0 || !box.Contains(pill, 0.01) {
				t.Fatalf("labelW %g: pill %+v not inside the label box %+v", labelW, pill, box)
			}
			if pill.X+pill.W > mk.cx-anRuleGap+0.01 {
				t.Errorf("labelW %g: pill ends at %.1f, past the text's right edge %.1f", labelW, pill.X+pill.W, mk.cx-anRuleGap)
			}
			for _, it := range items {
				tx := it.Text
				if tx == nil {
					continue
				}
				if !box.Contains(tx.Bounds(), 0.01) {
					t.Errorf("labelW %g: %q at %+v outside the label box %+v", labelW, tx.Text, tx.Bounds(), box)
				}
				if tx.Text != mk.label.pill && tx.Bounds().Intersects(pill, 0.5) {
					t.Errorf("labelW %g: %q overlaps the pill", labelW, tx.Text)
				}
			}
		}
	}
}
