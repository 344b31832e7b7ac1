package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// fixtureStack has two columns on shared layers, a layer aligned to the
// end, arrows (two sharing one span), and notes on both sides, bracketed
// and with arrows, some overlapping.
func fixtureStack() *spec.Diagram {
	return &spec.Diagram{
		ID:    "stack-fixture",
		Title: spec.T("Stack fixture", "堆栈测试"),
		Stack: &spec.Stack{
			Columns: []spec.StackColumn{
				{ID: "left", Label: spec.T("Left stack", "左侧"), Sublabel: spec.T("older", "旧")},
				{ID: "right", Label: spec.T("Right stack", "右侧")},
			},
			Layers: []spec.Layer{
				{ID: "base", Label: spec.L("FROM alpine"), Sublabel: spec.T("the base layer", "基础层"), Role: spec.RoleSeries2},
				{ID: "app", Label: spec.L("COPY . /app"), Sublabel: spec.T("adds the application's files to the image", "添加应用文件、配置文件与启动脚本"), Role: spec.RoleSeries2},
				{ID: "upper-l", Label: spec.T("container layer", "容器层"), Style: spec.Dashed, Role: spec.RoleSeries1, Columns: []string{"left"}},
				{ID: "top-l", Label: spec.L("kubelet"), Role: spec.RoleWorker, Columns: []string{"left"}},
				{ID: "top-r", Label: spec.L("kubelet"), Role: spec.RoleWorker, Columns: []string{"right"}, AlignEnd: true},
			},
			Arrows: []spec.LayerArrow{
				{From: "top-l", To: "upper-l", Label: spec.L("CRI")},
				{From: "upper-l", To: "app", Label: spec.T("copy up", "向上复制")},
				{From: "app", To: "upper-l", Label: spec.T("read", "读")},
				{From: "top-r", To: "app", Label: spec.T("straight down, two hops fewer", "直达，少两跳")},
			},
			Notes: []spec.SideNote{
				{ID: "ro", Layers: []string{"base", "app"}, Role: spec.RoleSeries2, Text: spec.T("read-only image layers, shared", "只读镜像层，共享")},
				{ID: "base-note", Layers: []string{"base"}, Text: spec.T("the base image's layers, pulled once", "基础镜像的各层，只拉取一次")},
				{ID: "rw", Layers: []string{"upper-l"}, Side: spec.Left, Role: spec.RoleSeries1, Text: spec.T("writable, one per container", "可写，每个容器一个")},
				{ID: "reads", Layers: []string{"base", "app", "upper-l", "top-l"}, Side: spec.Left, Arrow: spec.ArrowDown, Text: spec.T("reads go down", "读取自上而下")},
			},
		},
	}
}

func TestStackGolden(t *testing.T) {
	goldenFixture(t, "stack-fixture", fixtureStack())
}

func TestStackCatalogGolden(t *testing.T) {
	for _, id := range []string{"image-layers-cow", "container-runtime-stack"} {
		name := id + ".en.light.json"
		t.Run(name, func(t *testing.T) {
			d := diagrams.ByID(id)
			if d == nil {
				t.Fatalf("no diagram %q in the catalog", id)
			}
			mustValidate(t, d)
			s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name, sceneJSON(t, s))
		})
	}
}

// TestStackLayerRows: layers share rows across columns, a spanning layer is as
// wide as its columns, an end-aligned layer is level with the top, and
// Down puts the first layer on top.
func TestStackLayerRows(t *testing.T) {
	for _, dir := range []spec.StackDirection{spec.Up, spec.Down} {
		t.Run(fmt.Sprintf("direction %q", dir), func(t *testing.T) {
			d := fixtureStack()
			d.Stack.Direction = dir
			mustValidate(t, d)
			s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light})
			if err != nil {
				t.Fatal(err)
			}
			r := func(id string) scene.Box {
				rect := cardRect(s.Items, "layer-"+id)
				if rect == nil {
					t.Fatalf("no layer %q", id)
				}
				return rect.Box
			}
			base, app, upper, topL, topR := r("base"), r("app"), r("upper-l"), r("top-l"), r("top-r")
			if topR.Y != topL.Y {
				t.Errorf("the end-aligned layer's top is %.1f, the left stack's last layer's %.1f; want them level", topR.Y, topL.Y)
			}
			if want := topL.W + stackColGap + topR.W; base.W != want || app.W != want {
				t.Errorf("spanning layers are %.1f and %.1f wide, want %.1f (both columns and the gap)", base.W, app.W, want)
			}
			if topL.X != base.X || topR.X+topR.W != base.X+base.W {
				t.Errorf("column layers do not line up with the spanning layer's edges")
			}
			up := dir == spec.Up
			if (base.Y > app.Y) != up || (app.Y > upper.Y) != up || (upper.Y > topL.Y) != up {
				t.Errorf("direction %q: rows base %.0f, app %.0f, upper %.0f, top %.0f are not in stacking order", dir, base.Y, app.Y, upper.Y, topL.Y)
			}
		})
	}
}

// stackScenes lays out the fixture and the catalog's stacks in every
// language and theme.
func stackScenes(t *testing.T) map[string]*scene.Scene {
	return scenesOfKind(t, "stack", 3, fixtureStack())
}

// TestStackNotesAndLabelsDoNotOverlap: no two texts of a stack overlap,
// every text stays in its box, no side note's text touches a layer, an
// arrow or another note's bracket, and every bracket stays beside the
// layers it names.
func TestStackNotesAndLabelsDoNotOverlap(t *testing.T) {
	for name, s := range stackScenes(t) {
		t.Run(name, func(t *testing.T) {
			for _, o := range scene.Overflows(s.Items, 0.01) {
				t.Errorf("%v", o)
			}
			var texts []*scene.Text
			var layers []scene.Box
			var lines [][]scene.Point
			var noteTexts []*scene.Text
			scene.Walk(s.Items, func(it *scene.Item) {
				g := it.Group
				if g == nil {
					return
				}
				switch {
				case strings.HasPrefix(g.ID, "layer-"):
					layers = append(layers, g.Items[0].Rect.Box)
				case strings.HasPrefix(g.ID, "note-"), strings.HasPrefix(g.ID, "arrow-"):
					for _, c := range g.Items {
						if c.Path != nil && c.Path.Stroke.Width > 0 {
							lines = append(lines, scene.Flatten(c.Path.Segments))
						}
						if c.Text != nil && strings.HasPrefix(g.ID, "note-") {
							noteTexts = append(noteTexts, c.Text)
						}
					}
				}
			})
			scene.Walk(s.Items, func(it *scene.Item) {
				if it.Text != nil {
					texts = append(texts, it.Text)
				}
			})
			for i := range texts {
				for j := i + 1; j < len(texts); j++ {
					if texts[i].Bounds().Intersects(texts[j].Bounds(), 0.5) {
						t.Errorf("%q overlaps %q", texts[i].Text, texts[j].Text)
					}
				}
			}
			if len(noteTexts) == 0 {
				t.Fatal("no side note texts found")
			}
			for _, tx := range noteTexts {
				b := tx.Bounds()
				for _, l := range layers {
					if b.Intersects(l, 0) {
						t.Errorf("note %q overlaps a layer at %+v", tx.Text, l)
					}
				}
				for _, l := range lines {
					if hit, p := crossesBox(l, b); hit {
						t.Errorf("a line crosses note %q at (%.0f, %.0f)", tx.Text, p.X, p.Y)
					}
				}
			}
		})
	}
}

// crossesBox reports whether a polyline passes through the inside of b.
func crossesBox(line []scene.Point, b scene.Box) (bool, scene.Point) {
	for i := 1; i < len(line); i++ {
		a, c := line[i-1], line[i]
		for k := 0; k <= 64; k++ {
			f := float64(k) / 64
			p := scene.Point{X: a.X + (c.X-a.X)*f, Y: a.Y + (c.Y-a.Y)*f}
			if p.X > b.X && p.X < b.X+b.W && p.Y > b.Y && p.Y < b.Y+b.H {
				return true, p
			}
		}
	}
	return false, scene.Point{}
}

// TestStackBracketsSpanTheirLayers: each bracket runs beside exactly the
// rows of its layers (inset a little), outside the stack.
func TestStackBracketsSpanTheirLayers(t *testing.T) {
	d := fixtureStack()
	mustValidate(t, d)
	s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light})
	if err != nil {
		t.Fatal(err)
	}
	layer := func(id string) scene.Box { return cardRect(s.Items, "layer-"+id).Box }
	stack := layer("base")
	for _, n := range d.Stack.Notes {
		var span scene.Box
		for _, id := range n.Layers {
			span = span.Union(layer(id))
		}
		var g *scene.Group
		scene.Walk(s.Items, func(it *scene.Item) {
			if it.Group != nil && it.Group.ID == "note-"+n.ID {
				g = it.Group
			}
		})
		if g == nil {
			t.Fatalf("note %q not drawn", n.ID)
		}
		b := scene.Bounds(g.Items[0].Path.Segments)
		if n.Arrow != spec.NoArrow {
			b = b.Union(scene.Bounds(g.Items[1].Path.Segments))
		}
		if top, bottom := span.Y+noteInset, span.Y+span.H-noteInset; b.Y < top-1 || b.Y+b.H > bottom+1 || b.Y > top+1 || b.Y+b.H < bottom-1 {
			t.Errorf("note %q runs %.1f–%.1f, its layers %.1f–%.1f", n.ID, b.Y, b.Y+b.H, span.Y, span.Y+span.H)
		}
		if outside := b.X >= stack.X+stack.W || b.X+b.W <= stack.X; !outside {
			t.Errorf("note %q's bracket at x %.1f–%.1f is over the stack (%.1f–%.1f)", n.ID, b.X, b.X+b.W, stack.X, stack.X+stack.W)
		}
		if left := b.X < stack.X; left != (n.Side == spec.Left) {
			t.Errorf("note %q is on the wrong side", n.ID)
		}
	}
}

// TestStackWidth: a given width is honoured, and more width gives the
// columns more room.
func TestStackWidth(t *testing.T) {
	d := fixtureStack()
	mustValidate(t, d)
	prev := 0.0
	for _, w := range []float64{1000, 1300, 1800} {
		s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light, Width: w})
		if err != nil {
			t.Fatal(err)
		}
		if bw := bodyBounds(s).W; bw > w {
			t.Errorf("width %g: body is %.1f wide", w, bw)
		}
		col := cardRect(s.Items, "layer-top-l").W
		if col < prev {
			t.Errorf("width %g: columns %.1f wide, narrower than %.1f at a smaller width", w, col, prev)
		}
		prev = col
	}
}

// TestBalancedWrap: no lone last word, and Chinese lines end at phrase
// breaks rather than inside a word.
func TestBalancedWrap(t *testing.T) {
	st := sans(13.5)
	en := spec.T("the container's root filesystem /", "容器的根文件系统 /")
	w := textmeasure.Width("the container's root filesystem", st) + 2
	if plain := textmeasure.Wrap(en.En, st, w); plain[len(plain)-1] != "/" {
		t.Fatalf("test setup: plain wrap gives %q, want a lone /", plain)
	}
	lines := balancedWrap(en, spec.EN, st, w)
	if len(lines) != 2 || lines[1] == "/" {
		t.Errorf("balanced wrap gives %q, want two lines without a lone /", lines)
	}

	// A version stays with its name.
	v := spec.T("runc.v2 is the default since containerd 1.4 and Docker 20.10; shim v1 was removed in containerd 2.0", "-")
	for w := 120.0; w <= 300; w += 10 {
		lines := balancedWrap(v, spec.EN, st, w)
		for i := 1; i < len(lines); i++ {
			if c := lines[i][0]; c >= '0' && c <= '9' || c == 'v' && lines[i][1] >= '0' && lines[i][1] <= '9' {
				t.Errorf("width %g: %q starts with a version, split from its name", w, lines[i])
			}
			if strings.Contains(lines[i], nbsp) {
				t.Errorf("width %g: %q keeps a no-break space", w, lines[i])
			}
		}
	}

	for _, tc := range []struct {
		zh    string
		width float64
	}{
		{"可写：新文件、复制上来的文件、whiteout", textmeasure.Width("可写：新文件、复制上来的", st) + 1},
		{"containerd：2017 年捐给 CNCF，2019 年毕业；自 v1.1（2018 年）起内置 CRI 插件", 250},
	} {
		zh := spec.T("-", tc.zh)
		if plain := textmeasure.Wrap(tc.zh, st, tc.width); tc.width < 250 && !breaksInWord(plain) {
			t.Fatalf("test setup: plain wrap %q breaks no word", plain)
		}
		lines := balancedWrap(zh, spec.ZH, st, tc.width)
		if breaksInWord(lines) {
			t.Errorf("Chinese wrap breaks inside a word: %q", lines)
		}
		if got, want := strings.ReplaceAll(strings.Join(lines, ""), " ", ""), strings.ReplaceAll(tc.zh, " ", ""); got != want {
			t.Errorf("Chinese wrap lost text: %q", lines)
		}
		for _, l := range lines {
			if textmeasure.Width(l, st) > tc.width {
				t.Errorf("line %q is wider than %g", l, tc.width)
			}
		}
	}
}
