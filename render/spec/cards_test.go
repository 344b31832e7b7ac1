package spec

import (
	"strings"
	"testing"
)

// TestCardsIconsAndWidth: a card's icon must be one of Icons, and a card
// width, when set, must be sensible; each problem names diagram and card.
func TestCardsIconsAndWidth(t *testing.T) {
	grid := func(icon string, width float64) *Diagram {
		return &Diagram{
			ID: "grid", Title: T("Grid", "网格"),
			Cards: &Cards{CardWidth: width, Sections: []Section{{ID: "s", Title: T("S", "S"), Steps: true, Cards: []Card{
				{ID: "x", Title: L("x"), Icon: icon},
				{ID: "y", Title: L("y")},
			}}}},
		}
	}
	tests := []struct {
		name  string
		icon  string
		width float64
		want  []string // empty: valid
	}{
		{"no icon", "", 0, nil},
		{"node kind icon", "pod", 0, nil},
		{"object icon", "secret", 300, nil},
		{"feature icon", "self-heal", 120, nil},
		{"unknown icon", "robot", 0, []string{`diagram "grid"`, `card "x"`, `icon "robot" is unknown`}},
		{"component is no icon", "component", 0, []string{`card "x"`, `icon "component"`}},
		{"width too small", "", 50, []string{`diagram "grid"`, "cards", "card width 50"}},
		{"width negative", "", -1, []string{"card width -1"}},
		{"width too large", "", 900, []string{"card width 900"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := grid(tc.icon, tc.width).Validate()
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatalf("valid grid rejected: %v", err)
				}
				return
			}
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

// TestIconsHasNodeKinds: every node kind but the plain component is a card
// icon too, and no name is listed twice.
func TestIconsHasNodeKinds(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range Icons {
		if seen[n] {
			t.Errorf("Icons lists %q twice", n)
		}
		seen[n] = true
	}
	for _, k := range NodeKinds {
		if k != KindComponent && !seen[string(k)] {
			t.Errorf("node kind %q is not in Icons", k)
		}
	}
}
