package layout

import (
	"strings"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// testCardsExtra uses what card grids can do beyond titles and text: an
// icon before a title that wraps, a section of ordered steps, rows lined
// up across sections, and a fixed card width.
func testCardsExtra(align bool) *spec.Diagram {
	card := func(id, en, zh string) spec.Card {
		return spec.Card{ID: id, Title: spec.L(id), Desc: spec.T(en, zh)}
	}
	return &spec.Diagram{
		ID:    "test-cards-extra",
		Title: spec.T("Cards, more", "卡片（续）"),
		Cards: &spec.Cards{
			AlignRows: align,
			CardWidth: 240,
			Sections: []spec.Section{
				{ID: "left", Title: spec.T("Left", "左"), Role: spec.RoleControl, Columns: 1, Cards: []spec.Card{
					{ID: "iconic", Icon: "pod", Role: spec.RoleControl,
						Title: spec.T("A title long enough to wrap onto a second line", "一个长到足以折成第二行的标题，再长一点"),
						Desc:  spec.T("Text under a wrapped title.", "折行标题下的文字。")},
					card("short", "One line.", "一行。"),
				}},
				{ID: "right", Title: spec.T("Right, whose title also wraps onto a second line", "右边，其标题也会折成第二行，再长一点"), Role: spec.RoleWorker, Columns: 1, Cards: []spec.Card{
					card("plain", "Short.", "短。"),
					card("tall", "A description long enough to wrap over three or four lines of the card.", "一段足够长的描述，会在卡片中折成三到四行，再多写几个字，再多写几个字。"),
				}},
				{ID: "steps", Title: spec.T("Steps", "步骤"), Role: spec.RoleDanger, Columns: 3, Steps: true, Cards: []spec.Card{
					card("one", "First.", "第一步。"), card("two", "Second.", "第二步。"), card("three", "Third.", "第三步。"),
				}},
			},
		},
	}
}

func layoutAt(t *testing.T, d *spec.Diagram, lang spec.Lang, width float64) *scene.Scene {
	t.Helper()
	mustValidate(t, d)
	s, err := Layout(d, Options{Lang: lang, Theme: theme.Light, Width: width})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// groupOf returns the group with the id.
func groupOf(items []scene.Item, id string) *scene.Group {
	var found *scene.Group
	scene.Walk(items, func(it *scene.Item) {
		if it.Group != nil && it.Group.ID == id && found == nil {
			found = it.Group
		}
	})
	return found
}

// TestCardIcon: a card with an icon draws it inside the card, centred on
// the first title line, with the title after it; a two-line title still
// ends above the description; a card without an icon draws none.
func TestCardIcon(t *testing.T) {
	for _, lang := range spec.Langs {
		t.Run(string(lang), func(t *testing.T) {
			s := layoutAt(t, testCardsExtra(false), lang, 1400)
			g := groupOf(s.Items, "card-iconic")
			if g == nil {
				t.Fatal("card-iconic missing")
			}
			var icon *scene.Icon
			var texts []*scene.Text
			for _, it := range g.Items {
				if it.Icon != nil {
					icon = it.Icon
				}
				if it.Text != nil {
					texts = append(texts, it.Text)
				}
			}
			if icon == nil || icon.Name != "pod" || len(icon.Shapes) == 0 {
				t.Fatalf("icon = %+v, want the pod icon", icon)
			}
			card := g.Items[0].Rect.Box
			if !card.Contains(icon.Box, 0) {
				t.Errorf("icon %+v lies outside its card %+v", icon.Box, card)
			}
			if len(texts) < 3 {
				t.Fatalf("%d texts, want a title of two lines or more and a description", len(texts))
			}
			// The description is one line, the last text; the title is
			// the lines before it.
			title1, titleEnd, desc := texts[0], texts[len(texts)-2], texts[len(texts)-1]
			if title1.X < icon.Box.X+icon.Box.W {
				t.Errorf("title starts at %.1f, inside the icon (right edge %.1f)", title1.X, icon.Box.X+icon.Box.W)
			}
			if c := icon.Box.Y + icon.Box.H/2; c < title1.Bounds().Y || c > title1.Bounds().Y+title1.Bounds().H {
				t.Errorf("icon centre %.1f is not on the first title line %+v", c, title1.Bounds())
			}
			// The title keeps the card's header gap above the description.
			if b := titleEnd.Bounds(); desc.Bounds().Y-(b.Y+b.H) < headerGap-0.01 {
				t.Errorf("title ends at %.1f, %.1f px above the description's top %.1f; want %g", b.Y+b.H, desc.Bounds().Y-(b.Y+b.H), desc.Bounds().Y, headerGap)
			}
			scene.Walk(groupOf(s.Items, "card-short").Items, func(it *scene.Item) {
				if it.Icon != nil {
					t.Errorf("card without an icon draws %q", it.Icon.Name)
				}
			})
		})
	}
}

// TestCardSteps: the cards of a Steps section are numbered in order and
// joined by an arrow from each to the next, gap to gap; other sections
// have neither.
func TestCardSteps(t *testing.T) {
	s := layoutAt(t, testCardsExtra(false), spec.EN, 1400)
	ids := []string{"card-one", "card-two", "card-three"}
	for i, id := range ids {
		g := groupOf(s.Items, id)
		if g == nil {
			t.Fatalf("%s missing", id)
		}
		want := string(rune('1' + i))
		found := false
		scene.Walk(g.Items, func(it *scene.Item) {
			if it.Text != nil && it.Text.Text == want {
				found = true
			}
		})
		if !found {
			t.Errorf("%s carries no number %s", id, want)
		}
	}
	steps := groupOf(s.Items, "section-steps")
	var heads []scene.Point
	for _, it := range steps.Items {
		if it.Path != nil && it.Path.Fill.IsVisible() {
			pts := scene.Flatten(it.Path.Segments)
			heads = append(heads, pts[0]) // Arrowhead starts at its tip
		}
	}
	if len(heads) != 2 {
		t.Fatalf("%d arrow heads in the steps section, want 2", len(heads))
	}
	for i, tip := range heads {
		prev, next := cardRect(s.Items, ids[i]), cardRect(s.Items, ids[i+1])
		if tip.X <= prev.X+prev.W || tip.X > next.X {
			t.Errorf("arrow %d ends at x=%.1f, not in the gap %.1f–%.1f", i+1, tip.X, prev.X+prev.W, next.X)
		}
	}
	scene.Walk(groupOf(s.Items, "card-plain").Items, func(it *scene.Item) {
		if it.Text != nil && it.Text.Text == "1" {
			t.Error("a card outside a Steps section is numbered")
		}
	})
}

// TestCardsAlignRows: with AlignRows, side-by-side sections put their
// n-th cards at one height and size; without, they follow their own
// content.
func TestCardsAlignRows(t *testing.T) {
	for _, tc := range []struct {
		align bool
		want  bool
	}{{true, true}, {false, false}} {
		s := layoutAt(t, testCardsExtra(tc.align), spec.EN, 1400)
		l0, r0 := cardRect(s.Items, "card-iconic"), cardRect(s.Items, "card-plain")
		l1, r1 := cardRect(s.Items, "card-short"), cardRect(s.Items, "card-tall")
		if l0.X == r0.X {
			t.Fatalf("align=%v: left and right sections are not side by side", tc.align)
		}
		same := l0.Y == r0.Y && l0.H == r0.H && l1.Y == r1.Y && l1.H == r1.H
		if same != tc.want {
			t.Errorf("align=%v: rows lined up = %v (left %+v %+v, right %+v %+v)", tc.align, same, l0.Box, l1.Box, r0.Box, r1.Box)
		}
	}
}

// TestCardWidth: a fixed card width is the width of every card of a row
// that is not stretched.
func TestCardWidth(t *testing.T) {
	d := testCardsExtra(false)
	d.Cards.Sections = d.Cards.Sections[:1]
	for _, w := range []float64{160, 240, 420} {
		d.Cards.CardWidth = w
		s := layoutAt(t, d, spec.EN, 0)
		if got := cardRect(s.Items, "card-short").W; got != w {
			t.Errorf("card width %g: card is %.2f wide", w, got)
		}
	}
}

// TestCardsExtraGolden keeps the scene of the fixture.
func TestCardsExtraGolden(t *testing.T) {
	golden(t, "cards-extra.json", sceneJSON(t, layoutAt(t, testCardsExtra(true), spec.ZH, 1400)))
}

// TestCodePiecesKeepShortFlags: code breaks after spaces and slashes, but
// never between a one-letter flag and its argument.
func TestCodePiecesKeepShortFlags(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"kubectl get ns NS -o json", []string{"kubectl ", "get ", "ns ", "NS ", "-o json"}},
		{`replace --raw "/api/v1" -f ns.json`, []string{"replace ", "--raw ", `"/`, "api/", `v1" `, "-f ns.json"}},
		{"/etc/kubernetes/pki/", []string{"/", "etc/", "kubernetes/", "pki/"}},
		{"a -- b", []string{"a ", "-- ", "b"}},
		{"-f", []string{"-f"}},
	} {
		got := codePieces(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("codePieces(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
