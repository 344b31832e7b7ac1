package spec

import (
	"fmt"
	"math"
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
}

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
		}
	}
}
