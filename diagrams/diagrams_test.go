package diagrams_test

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

func TestCatalogValidates(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range diagrams.All() {
		if seen[d.ID] {
			t.Errorf("diagram id %q is registered twice", d.ID)
		}
		seen[d.ID] = true
		if err := d.Validate(); err != nil {
			t.Errorf("%v", err)
		}
		if diagrams.ByID(d.ID) == nil {
			t.Errorf("ByID(%q) finds nothing", d.ID)
		}
	}
}

// TestGlyphCoverage walks every string drawn for every diagram in both
// languages and names diagram, element and character for each glyph the
// embedded fonts lack.
func TestGlyphCoverage(t *testing.T) {
	forEachScene(t, func(t *testing.T, d *spec.Diagram, s *scene.Scene) {
		scene.Walk(s.Items, func(it *scene.Item) {
			if it.Text == nil {
				return
			}
			for _, r := range textmeasure.Uncovered(it.Text.Text) {
				t.Errorf("diagram %q (%s): text %q: character %q (U+%04X) is not in the embedded fonts; add it to render/textmeasure/fonts/catalog-chars.txt and run make-fonts.py",
					d.ID, s.Lang, it.Text.Text, r, r)
			}
		})
	})
}

// TestTextFitsItsBox: every label's measured line lies inside its box.
func TestTextFitsItsBox(t *testing.T) {
	forEachScene(t, func(t *testing.T, d *spec.Diagram, s *scene.Scene) {
		for _, o := range scene.Overflows(s.Items, 0.01) {
			t.Errorf("diagram %q (%s): %v", d.ID, s.Lang, o)
		}
	})
}

// TestNoOverlappingText: no two lines of text overlap each other.
func TestNoOverlappingText(t *testing.T) {
	forEachScene(t, func(t *testing.T, d *spec.Diagram, s *scene.Scene) {
		var texts []*scene.Text
		scene.Walk(s.Items, func(it *scene.Item) {
			if it.Text != nil && it.Text.Text != "" {
				texts = append(texts, it.Text)
			}
		})
		for i := range texts {
			for j := i + 1; j < len(texts); j++ {
				if texts[i].Bounds().Intersects(texts[j].Bounds(), 0.5) {
					t.Errorf("diagram %q (%s): %q overlaps %q", d.ID, s.Lang, texts[i].Text, texts[j].Text)
				}
			}
		}
	})
}

// TestEdgesDoNotCrossText: no drawn line passes through a label, except
// through a marker it carries (a label inside a small badge on the line).
func TestEdgesDoNotCrossText(t *testing.T) {
	forEachScene(t, func(t *testing.T, d *spec.Diagram, s *scene.Scene) {
		var lines [][]scene.Point
		var texts []*scene.Text
		scene.Walk(s.Items, func(it *scene.Item) {
			switch {
			case it.Path != nil && !it.Path.Fill.IsVisible() && it.Path.Stroke.Width > 0:
				lines = append(lines, scene.Flatten(it.Path.Segments))
			case it.Text != nil && it.Text.Text != "":
				if w := it.Text.Within; w.W > 0 && w.W < 30 && w.H < 30 {
					return // a badge's number sits on its line by design
				}
				texts = append(texts, it.Text)
			}
		})
		for _, tx := range texts {
			b := tx.Bounds()
			for _, l := range lines {
				if hit, p := crosses(l, b); hit {
					t.Errorf("diagram %q (%s): a line crosses %q at (%.0f, %.0f)", d.ID, s.Lang, tx.Text, p.X, p.Y)
					break
				}
			}
		}
	})
}

// TestSlideFriendlyShape: the auto canvas is between 4:3 and 2:1.
func TestSlideFriendlyShape(t *testing.T) {
	forEachScene(t, func(t *testing.T, d *spec.Diagram, s *scene.Scene) {
		if r := s.Width / s.Height; r < 4.0/3-0.01 || r > 2.0+0.01 {
			t.Errorf("diagram %q (%s): %.0fx%.0f is %.2f:1; want between 4:3 and 2:1", d.ID, s.Lang, s.Width, s.Height, r)
		}
	})
}

func forEachScene(t *testing.T, fn func(t *testing.T, d *spec.Diagram, s *scene.Scene)) {
	t.Helper()
	for _, d := range diagrams.All() {
		for _, lang := range spec.Langs {
			t.Run(fmt.Sprintf("%s/%s", d.ID, lang), func(t *testing.T) {
				s, err := render.Scene(d, render.Options{Lang: lang})
				if err != nil {
					t.Fatal(err)
				}
				fn(t, d, s)
			})
		}
	}
}

func crosses(line []scene.Point, b scene.Box) (bool, scene.Point) {
	for i := 1; i < len(line); i++ {
		a, c := line[i-1], line[i]
		n := int(math.Ceil(math.Hypot(c.X-a.X, c.Y-a.Y))) + 1
		for k := 0; k <= n; k++ {
			t := float64(k) / float64(n)
			p := scene.Point{X: a.X + (c.X-a.X)*t, Y: a.Y + (c.Y-a.Y)*t}
			if p.X > b.X && p.X < b.X+b.W && p.Y > b.Y && p.Y < b.Y+b.H {
				return true, p
			}
		}
	}
	return false, scene.Point{}
}

// TestReadmeGallery: the README's gallery lists every diagram of the
// catalog, in catalog order, and nothing else.
func TestReadmeGallery(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	start, end := strings.Index(s, "<!-- gallery:start -->"), strings.Index(s, "<!-- gallery:end -->")
	if start < 0 || end < start {
		t.Fatal("README.md has no gallery markers")
	}
	var listed []string
	for _, line := range strings.Split(s[start:end], "\n") {
		if strings.HasPrefix(line, "| `") {
			listed = append(listed, strings.Trim(strings.Fields(line)[1], "`"))
		}
	}
	var want []string
	for _, d := range diagrams.All() {
		want = append(want, d.ID)
	}
	if strings.Join(listed, " ") != strings.Join(want, " ") {
		t.Errorf("README gallery lists\n%v\nthe catalog is\n%v", listed, want)
	}
}
