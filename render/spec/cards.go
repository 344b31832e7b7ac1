package spec

import (
	"fmt"
	"math"
	"strings"
)

// Cards is titled sections, each a grid of cards: things side by side that
// have no order (kubeadm's subcommands, the ways components run, the
// features of Kubernetes). Sections flow left to right and wrap into rows
// to fit a target aspect ratio, like pipeline steps.
type Cards struct {
	Sections []Section `json:"sections"`
	// Badges are the marks cards may carry; every badge a card uses
	// appears in the legend.
	Badges []Badge `json:"badges,omitempty"`
	// Aspect is the width:height ratio the finished picture should come
	// closest to; 0 means 16:9.
	Aspect float64 `json:"aspect,omitempty"`
	// AlignRows lines up the rows of cards of sections that share a row
	// of the picture: the n-th cards of side-by-side sections get one
	// height, so the sections read as the columns of a table.
	AlignRows bool `json:"alignRows,omitempty"`
	// CardWidth is the base width of every card in px (rows may stretch
	// it); 0 fits the widest title, within 200–280 px. A wider card
	// wraps its text into fewer lines: a wider, lower picture.
	CardWidth float64 `json:"cardWidth,omitempty"`
}

// Section is a titled grid of cards.
type Section struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
	Role  string `json:"role,omitempty"`
	// Columns is the number of cards per row; 0 puts every card in one row.
	Columns int    `json:"columns,omitempty"`
	Cards   []Card `json:"cards"`
	// Note is an optional remark under the cards.
	Note Text `json:"note"`
	// Steps makes the cards an ordered sequence: they are numbered 1, 2,
	// 3 ... and joined by arrows within a row (a short procedure beside
	// cards that have no order).
	Steps bool `json:"steps,omitempty"`
}

// Card is one box of a section: a title, a description, notes and an
// optional badge, drawn like a pipeline step without a number.
type Card struct {
	ID string `json:"id"`
	// Title: literal texts (names, code) are drawn in monospace,
	// translated ones in sans.
	Title Text   `json:"title"`
	Desc  Text   `json:"desc"`
	Notes []Note `json:"notes,omitempty"`
	Role  string `json:"role,omitempty"`
	Badge string `json:"badge,omitempty"`
	// Icon names an icon drawn before the title, one of Icons, in the
	// card's role colour; "" draws none.
	Icon string `json:"icon,omitempty"`
}

// Icons lists the icons a card may carry: every node kind's icon and the
// object icons of render/icons.
var Icons = func() []string {
	var out []string
	for _, k := range NodeKinds {
		if k != KindComponent {
			out = append(out, string(k))
		}
	}
	return append(out,
		"node", "lease", "configmap", "secret", "namespace", "deployment",
		"image-layer", "load-balancer", "cloud", "check", "cross", "warning",
		// The features of Kubernetes.
		"bin-pack", "self-heal", "scale-out", "rollout", "batch")
}()

// BadgeIDs lists the badge ids the cards use, in order.
func (cs *Cards) BadgeIDs() []string {
	var ids []string
	for _, s := range cs.Sections {
		for _, c := range s.Cards {
			if c.Badge != "" {
				ids = append(ids, c.Badge)
			}
		}
	}
	return ids
}

func (cs *Cards) validate(c *checker) {
	if len(cs.Sections) == 0 {
		c.addf("cards", "has no sections; give it at least one Section")
	}
	if cs.Aspect < 0 || math.IsNaN(cs.Aspect) || math.IsInf(cs.Aspect, 0) {
		c.addf("cards", "aspect %g must be a positive width:height ratio, or 0 for 16:9", cs.Aspect)
	}
	if cs.CardWidth != 0 && !(cs.CardWidth >= 120 && cs.CardWidth <= 600) {
		c.addf("cards", "card width %g is outside 120–600 px; use 0 to fit the titles", cs.CardWidth)
	}
	validateBadges(c, cs.Badges)
	for i := range cs.Sections {
		s := &cs.Sections[i]
		c.id("section", s.ID)
		elem := fmt.Sprintf("section %q", s.ID)
		c.text(elem, "title", s.Title, true)
		c.text(elem, "note", s.Note, false)
		c.role(elem, s.Role)
		if s.Columns < 0 {
			c.addf(elem, "columns %d is negative; use 0 for one row", s.Columns)
		}
		if len(s.Cards) == 0 {
			c.addf(elem, "has no cards")
		}
		for _, card := range s.Cards {
			c.id("card", card.ID)
			celem := fmt.Sprintf("card %q", card.ID)
			c.text(celem, "title", card.Title, true)
			c.text(celem, "desc", card.Desc, false)
			c.role(celem, card.Role)
			c.notes(celem, card.Notes)
			c.badgeRef(celem, card.Badge, cs.Badges)
			c.icon(celem, card.Icon)
		}
	}
}

// icon checks an optional icon name.
func (c *checker) icon(elem, name string) {
	if name == "" {
		return
	}
	for _, n := range Icons {
		if n == name {
			return
		}
	}
	c.addf(elem, "icon %q is unknown; use one of %s, or \"\" for none", name, strings.Join(Icons, ", "))
}
