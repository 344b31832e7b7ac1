package browsertest_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/internal/browsertest"
	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// tolerance is how far, in px, a drawn width or box may be from ours.
const tolerance = 1.0

// probeSize is the font size of the probe strings: large, so that the
// difference between a real glyph and a fallback is many pixels.
const probeSize = 100

// TestCatalogDrawsAsMeasured opens every SVG of the catalog in headless
// Chromium, with the machine's CJK fonts hidden from it, and checks that
// every text is drawn exactly as wide as we measured it and inside the box
// it belongs to; that the embedded faces are the ones in use; and that a
// glyph outside the embedded subset does not draw at its measured width,
// which proves nothing but the subset can supply one. A control SVG made
// without embedded fonts must fail the same comparison.
func TestCatalogDrawsAsMeasured(t *testing.T) {
	b := requireBrowser(t)
	cases := catalogCases(t)
	control := controlCase(t)
	docs := []browsertest.Doc{control.doc}
	for _, c := range cases {
		docs = append(docs, c.doc)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var results []browsertest.Result
	const batch = 40 // documents per Chromium launch; a launch costs seconds
	for lo := 0; lo < len(docs); lo += batch {
		hi := min(lo+batch, len(docs))
		res, err := b.Measure(ctx, docs[lo:hi])
		if err != nil {
			t.Fatalf("chromium on %s ... %s: %v", docs[lo].Name, docs[hi-1].Name, err)
		}
		results = append(results, res...)
	}

	checkControl(t, control, results[0])
	var texts, glyphs int
	var maxWidth, maxInk float64
	for i, c := range cases {
		r := results[i+1]
		if r.Error != "" {
			t.Errorf("%s: script error in Chromium: %s", c.doc.Name, r.Error)
			continue
		}
		texts += len(r.Texts)
		glyphs += len(r.Ink)
		maxWidth = max(maxWidth, maxWidthDiff(c.scene, r.Texts))
		for j := range min(len(r.Ink), len(c.glyphs)) {
			maxInk = max(maxInk, inkDiff(r.Ink[j], c.glyphs[j].ink))
		}
		for _, p := range compare(c.scene, r.Texts) {
			t.Errorf("%s: %s", c.doc.Name, p)
		}
		for _, p := range checkFonts(c, r) {
			t.Errorf("%s: %s", c.doc.Name, p)
		}
	}
	t.Logf("%d SVGs, %d texts: widths within %.3f px of measured; %d glyphs: ink within %.2f px at %d px",
		len(cases), texts, maxWidth, glyphs, maxInk, probeSize)
}

func maxWidthDiff(s *scene.Scene, got []browsertest.Text) float64 {
	m, i := 0.0, 0
	scene.Walk(s.Items, func(it *scene.Item) {
		if it.Text != nil && i < len(got) {
			m = max(m, math.Abs(got[i].Width-it.Text.Width))
			i++
		}
	})
	return m
}

func fmtInk(k browsertest.Ink) string {
	return fmt.Sprintf("[advance %.2f, left %.2f, right %.2f, ascent %.2f, descent %.2f]", k.Advance, k.Left, k.Right, k.Ascent, k.Descent)
}

func inkDiff(a, b browsertest.Ink) float64 {
	return max(math.Abs(a.Left-b.Left), math.Abs(a.Right-b.Right), math.Abs(a.Ascent-b.Ascent), math.Abs(a.Descent-b.Descent))
}

// requireBrowser finds Chromium, or skips the test and says why; under
// CI=true a missing browser fails it.
func requireBrowser(t *testing.T) *browsertest.Browser {
	t.Helper()
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("browser test skipped in -short mode")
	}
	b, err := browsertest.Find()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and the browser test cannot run: %v", err)
		}
		t.Skipf("browser test skipped: %v", err)
	}
	return b
}

// testCase is one rendering to check.
type testCase struct {
	doc    browsertest.Doc
	scene  *scene.Scene
	probes []probe // what each probe of doc stands for, in order
	glyphs []glyphWant
}

// probe is a string measured in the browser with what we expect of it.
type probe struct {
	what string
	// measured is our width for the string in the embedded face; the
	// browser must NOT draw it at this width (farther than tolerance).
	measured float64
}

func catalogCases(t *testing.T) []testCase {
	t.Helper()
	var out []testCase
	for i, d := range diagrams.All() {
		opts := []render.Options{{Lang: spec.EN}, {Lang: spec.ZH}}
		if i == 0 { // one dark and one slide rendering are enough
			opts = append(opts, render.Options{Lang: spec.ZH, Theme: "dark"},
				render.Options{Lang: spec.EN, Canvas: render.CanvasSlide})
		}
		for _, o := range opts {
			out = append(out, makeCase(t, d, o))
		}
	}
	return out
}

func makeCase(t *testing.T, d *spec.Diagram, o render.Options) testCase {
	t.Helper()
	name := fmt.Sprintf("diagram %s (%s", d.ID, o.Lang)
	if o.Theme != "" {
		name += ", " + o.Theme
	}
	if o.Canvas != "" {
		name += ", " + string(o.Canvas)
	}
	if o.SystemFonts {
		name += ", system fonts"
	}
	name += ")"
	s, err := render.Scene(d, o)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	svg, err := render.PaintSVG(s, o)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	c := testCase{doc: browsertest.Doc{Name: name, SVG: svg}, scene: s}
	// The system font check: were Noto Sans CJK SC visible, 中 would be
	// one em wide.
	c.add(browsertest.Probe{Family: "Noto Sans CJK SC", Size: probeSize, Text: "中"},
		probe{what: `"中" in the system font Noto Sans CJK SC`, measured: probeSize})
	// The subset check: per face used, a character the embedded font has
	// but this SVG does not use, so its subset lacks it. Were a full copy
	// of the font (the system's Noto CJK) visible, it would draw at its
	// measured width.
	used := runesByFace(s)
	for _, face := range textmeasure.Faces {
		runes, ok := used[face]
		if !ok {
			continue
		}
		r, ok := unusedRune(face, runes)
		if !ok {
			continue
		}
		st := textmeasure.Style{Face: face, Size: probeSize}
		c.add(browsertest.Probe{Class: "f-" + face.Name(), Size: probeSize, Text: string(r)},
			probe{what: fmt.Sprintf("%q, not in the %s subset", r, face.Name()), measured: textmeasure.Width(string(r), st)})
	}
	if !o.SystemFonts {
		c.addGlyphs(t, used)
	}
	return c
}

func (c *testCase) add(p browsertest.Probe, want probe) {
	c.doc.Probes = append(c.doc.Probes, p)
	c.probes = append(c.probes, want)
}

// addGlyphs asks for the ink of every character the SVG draws, per face,
// drawn on a canvas with the SVG's own fonts: a character missing from an
// embedded subset draws as its empty .notdef, one em wide like a real
// ideograph, so only its ink gives it away.
func (c *testCase) addGlyphs(t *testing.T, used map[textmeasure.Face]map[rune]bool) {
	t.Helper()
	for _, face := range textmeasure.Faces {
		set, ok := used[face]
		if !ok {
			continue
		}
		runes := make([]rune, 0, len(set))
		for r := range set {
			runes = append(runes, r)
		}
		sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
		family, weight := "kubefig-"+face.Family.String(), 400
		if face.Bold {
			weight = 700
		}
		for _, r := range runes {
			want, err := inkOf(face, r, probeSize)
			if err != nil {
				t.Fatalf("%s: %v", c.doc.Name, err)
			}
			c.doc.Glyphs = append(c.doc.Glyphs, browsertest.Glyph{
				Font: fmt.Sprintf("%d %dpx %s", weight, probeSize, family), Text: string(r)})
			c.glyphs = append(c.glyphs, glyphWant{face: face, r: r, ink: want})
		}
	}
}

// glyphWant is the ink a glyph of the embedded font has.
type glyphWant struct {
	face textmeasure.Face
	r    rune
	ink  browsertest.Ink
}

// inkOf is the advance and outline bounds of r's glyph in the embedded
// font at size px, in canvas TextMetrics terms.
func inkOf(face textmeasure.Face, r rune, size float64) (browsertest.Ink, error) {
	f := textmeasure.Load(face)
	ink := browsertest.Ink{Advance: textmeasure.Width(string(r), textmeasure.Style{Face: face, Size: size})}
	var buf sfnt.Buffer
	segs, err := f.SFNT.LoadGlyph(&buf, f.GlyphIndex(r), fixed.Int26_6(size*64), nil)
	if err != nil {
		return ink, fmt.Errorf("glyph %q of %s: %w", r, face.Name(), err)
	}
	first := true
	var x0, y0, x1, y1 float64
	for _, sg := range segs {
		n := map[sfnt.SegmentOp]int{sfnt.SegmentOpMoveTo: 1, sfnt.SegmentOpLineTo: 1, sfnt.SegmentOpQuadTo: 2, sfnt.SegmentOpCubeTo: 3}[sg.Op]
		for _, p := range sg.Args[:n] {
			x, y := float64(p.X)/64, float64(p.Y)/64
			if first {
				x0, y0, x1, y1, first = x, y, x, y, false
			}
			x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
		}
	}
	if !first {
		ink.Left, ink.Right, ink.Ascent, ink.Descent = -x0, x1, -y0, y1
	}
	return ink, nil
}

// controlCase is the first diagram in Chinese without embedded fonts: with
// the system's CJK fonts hidden it must draw at other widths than measured,
// or the test could not tell embedded glyphs from anything else.
func controlCase(t *testing.T) testCase {
	t.Helper()
	all := diagrams.All()
	if len(all) == 0 {
		t.Fatal("the catalog is empty")
	}
	return makeCase(t, all[0], render.Options{Lang: spec.ZH, SystemFonts: true})
}

func checkControl(t *testing.T, c testCase, r browsertest.Result) {
	t.Helper()
	if r.Error != "" {
		t.Fatalf("%s: script error in Chromium: %s", c.doc.Name, r.Error)
	}
	var texts []*scene.Text
	scene.Walk(c.scene.Items, func(it *scene.Item) {
		if it.Text != nil {
			texts = append(texts, it.Text)
		}
	})
	if len(texts) == 0 || len(r.Texts) != len(texts) {
		t.Fatalf("%s: browser drew %d texts, scene has %d", c.doc.Name, len(r.Texts), len(texts))
	}
	off := 0
	for i, tx := range texts {
		if math.Abs(r.Texts[i].Width-tx.Width) > tolerance {
			off++
		}
	}
	// Almost every text differs (DejaVu for Latin, blanks for CJK); a few
	// short strings may match by chance.
	if off < len(texts)*3/4 {
		t.Errorf("control %s: only %d of %d texts differ from the measured widths; without embedded fonts and with CJK fonts hidden, almost all must, or the check cannot see which font drew", c.doc.Name, off, len(texts))
	}
	for _, f := range r.Faces {
		if f.Status == "loaded" {
			t.Errorf("control %s: face %s %s is loaded, but the SVG embeds none", c.doc.Name, f.Family, f.Weight)
		}
	}
}

// checkFonts checks the FontFaceSet and the probes of one document.
func checkFonts(c testCase, r browsertest.Result) []string {
	var problems []string
	want := map[string]bool{}
	for face := range runesByFace(c.scene) {
		family := "kubefig-" + face.Family.String()
		weight := "400"
		if face.Bold {
			weight = "700"
		}
		want[family+" "+weight] = true
	}
	for _, f := range r.Faces {
		key := f.Family + " " + f.Weight
		if want[key] {
			if f.Status != "loaded" {
				problems = append(problems, fmt.Sprintf("embedded face %s is %q, not loaded", key, f.Status))
			}
			delete(want, key)
		}
	}
	for _, face := range sortedKeys(want) {
		problems = append(problems, fmt.Sprintf("embedded face %s is missing from document.fonts", face))
	}
	if len(r.Probes) != len(c.probes) {
		return append(problems, fmt.Sprintf("%d probe results for %d probes", len(r.Probes), len(c.probes)))
	}
	for i, p := range c.probes {
		if math.Abs(r.Probes[i]-p.measured) <= tolerance {
			problems = append(problems, fmt.Sprintf("%s drew %.2f px wide at %d px, its embedded width: a font other than the embedded subset supplied it (are the system's CJK fonts hidden from Chromium?)",
				p.what, r.Probes[i], probeSize))
		}
	}
	if len(r.Ink) != len(c.glyphs) {
		return append(problems, fmt.Sprintf("%d glyph results for %d glyphs", len(r.Ink), len(c.glyphs)))
	}
	for i, g := range c.glyphs {
		if !sameInk(r.Ink[i], g.ink) {
			problems = append(problems, fmt.Sprintf("%q in %s drew with ink %s at %d px, but the embedded glyph has %s: the subset lacks it or another font drew it",
				g.r, g.face.Name(), fmtInk(r.Ink[i]), probeSize, fmtInk(g.ink)))
		}
	}
	return problems
}

// inkTolerance is how far, in px at probeSize, canvas ink bounds may be
// from the outline's: canvas rounds them outward to whole pixels, and our
// bounds include off-curve control points.
const inkTolerance = 2.0

func sameInk(got, want browsertest.Ink) bool {
	near := func(a, b, eps float64) bool { return math.Abs(a-b) <= eps }
	return near(got.Advance, want.Advance, tolerance) &&
		near(got.Left, want.Left, inkTolerance) && near(got.Right, want.Right, inkTolerance) &&
		near(got.Ascent, want.Ascent, inkTolerance) && near(got.Descent, want.Descent, inkTolerance)
}

// compare checks the drawn texts against the scene's, in document order:
// the same strings, widths within tolerance, each box horizontally inside
// its Within box (within tolerance) with its vertical centre inside it.
func compare(s *scene.Scene, got []browsertest.Text) []string {
	var problems []string
	canvas := canvasInContent(s)
	i := 0
	scene.Walk(s.Items, func(it *scene.Item) {
		t := it.Text
		if t == nil {
			return
		}
		defer func() { i++ }()
		if i >= len(got) {
			problems = append(problems, fmt.Sprintf("text %q was not drawn", t.Text))
			return
		}
		g := got[i]
		if g.Text != t.Text {
			problems = append(problems, fmt.Sprintf("text %d is %q in the browser but %q in the scene", i, g.Text, t.Text))
			return
		}
		if d := g.Width - t.Width; math.Abs(d) > tolerance {
			problems = append(problems, fmt.Sprintf("text %q drawn %.2f px wide, measured %.2f px (%+.2f)", t.Text, g.Width, t.Width, d))
		}
		within, what := t.Within, "its box"
		if within == (scene.Box{}) {
			within, what = canvas, "the canvas"
		}
		b := g.Box
		if b.X < within.X-tolerance || b.X+b.W > within.X+within.W+tolerance {
			problems = append(problems, fmt.Sprintf("text %q drawn from x=%.2f to %.2f, outside %s (x=%.2f to %.2f)",
				t.Text, b.X, b.X+b.W, what, within.X, within.X+within.W))
		}
		if cy := b.Y + b.H/2; cy < within.Y || cy > within.Y+within.H {
			problems = append(problems, fmt.Sprintf("text %q drawn centred at y=%.2f, outside %s (y=%.2f to %.2f)",
				t.Text, cy, what, within.Y, within.Y+within.H))
		}
	})
	if len(got) > i {
		problems = append(problems, fmt.Sprintf("the browser drew %d texts, the scene has %d", len(got), i))
	}
	return problems
}

// canvasInContent is the canvas in the content's coordinates, where the
// scene's texts (and the browser's getBBox) are.
func canvasInContent(s *scene.Scene) scene.Box {
	k := s.Content.Scale
	if k == 0 {
		k = 1
	}
	return scene.Box{X: -s.Content.DX / k, Y: -s.Content.DY / k, W: s.Width / k, H: s.Height / k}
}

// runesByFace is what the SVG painter subsets: the runes drawn per face.
func runesByFace(s *scene.Scene) map[textmeasure.Face]map[rune]bool {
	out := map[textmeasure.Face]map[rune]bool{}
	scene.Walk(s.Items, func(it *scene.Item) {
		if it.Text == nil {
			return
		}
		set := out[it.Text.Style.Face]
		if set == nil {
			set = map[rune]bool{}
			out[it.Text.Style.Face] = set
		}
		for _, r := range it.Text.Text {
			set[r] = true
		}
	})
	return out
}

// unusedRune is a character the face has, at an advance other than the
// one-em .notdef box, that the set does not hold (so the SVG's subset
// lacks it); ok is false when the set holds every candidate. Latin, not CJK:
// a browser draws a CJK character missing from every font as the primary
// font's .notdef, which in Noto CJK is one em, the same width as the real
// glyph; a Latin fallback (DejaVu) differs from Source Sans' advances.
func unusedRune(face textmeasure.Face, used map[rune]bool) (rune, bool) {
	f := textmeasure.Load(face)
	st := textmeasure.Style{Face: face, Size: 1}
	for _, r := range "W@%&Q#MKwmkqzjxvZXJ" {
		if f.Has(r) && !used[r] && math.Abs(textmeasure.Width(string(r), st)-1) > 0.05 {
			return r, true
		}
	}
	return 0, false
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestMeasureTimeout proves a hung or slow browser cannot hang the suite:
// the context ends the run, with an error saying so.
func TestMeasureTimeout(t *testing.T) {
	b := requireBrowser(t)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := b.Measure(ctx, []browsertest.Doc{{Name: "empty", SVG: []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)}})
	if err == nil || !strings.Contains(err.Error(), "deadline exceeded") {
		t.Fatalf("Measure with a 300 ms deadline: err = %v, want a deadline error", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Measure returned %v after its deadline", d)
	}
}

// TestCompareFindsErrors proves the comparison can fail, without a
// browser: results made from the scene itself pass, and each kind of
// error is reported naming the text.
func TestCompareFindsErrors(t *testing.T) {
	d := diagrams.All()[0]
	s, err := render.Scene(d, render.Options{Lang: spec.ZH})
	if err != nil {
		t.Fatal(err)
	}
	ideal := idealDrawing(s)
	if p := compare(s, ideal); len(p) != 0 {
		t.Fatalf("a drawing equal to the scene fails: %v", p)
	}
	first := ideal[0].Text
	tests := []struct {
		name   string
		mutate func(g []browsertest.Text) []browsertest.Text
		want   string
	}{
		{"wider by 1.5 px", func(g []browsertest.Text) []browsertest.Text { g[0].Width += 1.5; return g }, "wide, measured"},
		{"narrower by 1.5 px", func(g []browsertest.Text) []browsertest.Text { g[0].Width -= 1.5; return g }, "wide, measured"},
		{"box out to the left", func(g []browsertest.Text) []browsertest.Text { g[0].Box.X -= 40; return g }, "outside"},
		{"box below", func(g []browsertest.Text) []browsertest.Text { g[0].Box.Y += 400; return g }, "centred at"},
		{"a text missing", func(g []browsertest.Text) []browsertest.Text { return g[1:] }, "in the browser but"},
		{"a text extra", func(g []browsertest.Text) []browsertest.Text { return append(g, g[0]) }, "drew"},
		{"other text", func(g []browsertest.Text) []browsertest.Text { g[0].Text += "x"; return g }, "in the browser but"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.mutate(idealDrawing(s))
			p := compare(s, got)
			if len(p) == 0 {
				t.Fatalf("no problem reported")
			}
			if !strings.Contains(strings.Join(p, "\n"), tt.want) {
				t.Errorf("problems %q do not mention %q", p, tt.want)
			}
			if tt.name != "a text extra" && !strings.Contains(p[0], first) && !strings.Contains(p[0], "text 0") {
				t.Errorf("problem %q names neither the text %q nor its index", p[0], first)
			}
		})
	}
}

// idealDrawing is what a browser that draws exactly our measurements
// would report.
func idealDrawing(s *scene.Scene) []browsertest.Text {
	var out []browsertest.Text
	scene.Walk(s.Items, func(it *scene.Item) {
		if t := it.Text; t != nil {
			b := t.Bounds()
			out = append(out, browsertest.Text{Text: t.Text, Width: t.Width, Box: browsertest.Box{X: b.X, Y: b.Y, W: b.W, H: b.H}})
		}
	})
	return out
}
