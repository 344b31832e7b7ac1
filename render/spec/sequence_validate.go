package spec

import (
	"fmt"
	"math"
	"strings"
)

func (sq *Sequence) validate(c *checker) {
	if len(sq.Actors) == 0 {
		c.addf("sequence", "has no actors; give it at least one actor")
	}
	groups := map[string]bool{}
	for _, g := range sq.Groups {
		c.id("actor group", g.ID)
		elem := fmt.Sprintf("actor group %q", g.ID)
		c.text(elem, "label", g.Label, true)
		c.role(elem, g.Role)
		groups[g.ID] = true
	}
	// members: where each group's actors stand, to check they are neighbours.
	members := map[string][]int{}
	for i, a := range sq.Actors {
		c.id("actor", a.ID)
		elem := fmt.Sprintf("actor %q", a.ID)
		c.text(elem, "label", a.Label, true)
		c.text(elem, "sublabel", a.Sublabel, false)
		c.role(elem, a.Role)
		if !knownKind(a.Kind) {
			c.addf(elem, "kind %q is unknown; use one of the spec.Kind... constants", a.Kind)
		}
		if a.Group != "" {
			if !groups[a.Group] {
				c.addf(elem, "group %q is unknown; name one of the sequence's actor groups", a.Group)
			}
			members[a.Group] = append(members[a.Group], i)
		}
	}
	for _, g := range sq.Groups {
		idx := members[g.ID]
		elem := fmt.Sprintf("actor group %q", g.ID)
		switch {
		case len(idx) == 0:
			c.addf(elem, "has no actors; set Group: %q on the actors it holds", g.ID)
		case idx[len(idx)-1]-idx[0] != len(idx)-1:
			c.addf(elem, "its actors are not neighbours (columns %s); list them one after another", columns(idx))
		}
	}
	if sq.Aspect < 0 || math.IsNaN(sq.Aspect) || math.IsInf(sq.Aspect, 0) {
		c.addf("sequence", "aspect %g must be a positive width:height ratio, or 0 for 16:9", sq.Aspect)
	}

	messages := 0
	for i, st := range sq.Steps {
		n := 0
		for _, set := range []bool{st.Message != nil, st.Note != nil, st.Phase != nil} {
			if set {
				n++
			}
		}
		if n != 1 {
			c.addf(fmt.Sprintf("sequence step %d", i+1), "sets %d of message, note and phase; set exactly one", n)
			continue
		}
		switch {
		case st.Message != nil:
			messages++
			sq.validateMessage(c, st.Message, messages)
		case st.Note != nil:
			sq.validateNote(c, st.Note, i+1)
		case st.Phase != nil:
			p := st.Phase
			c.id("phase", p.ID)
			elem := fmt.Sprintf("phase %q", p.ID)
			c.text(elem, "label", p.Label, true)
			c.text(elem, "sublabel", p.Sublabel, false)
			c.role(elem, p.Role)
		}
	}
	if messages == 0 {
		c.addf("sequence", "has no messages; give it at least one step with a Message")
	}
}

// validateMessage checks message number n (counting messages only).
func (sq *Sequence) validateMessage(c *checker, m *Message, n int) {
	elem := fmt.Sprintf("message %d (%s->%s)", n, m.From, m.To)
	if m.ID != "" {
		c.id("message", m.ID)
		elem = fmt.Sprintf("message %q (%s->%s)", m.ID, m.From, m.To)
	}
	for _, end := range []struct{ name, id string }{{"from", m.From}, {"to", m.To}} {
		sq.actorRef(c, elem, end.name, end.id)
	}
	c.text(elem, "label", m.Label, true)
	c.text(elem, "detail", m.Detail, false)
	c.role(elem, m.Role)
	c.lineStyle(elem, m.Style)
}

func (sq *Sequence) validateNote(c *checker, nt *SequenceNote, step int) {
	elem := fmt.Sprintf("note at step %d", step)
	if nt.ID != "" {
		c.id("note", nt.ID)
		elem = fmt.Sprintf("note %q", nt.ID)
	}
	if len(nt.Over) < 1 || len(nt.Over) > 2 {
		c.addf(elem, "over names %d actors; name one, or two for a note across the lifelines between them", len(nt.Over))
	}
	for _, id := range nt.Over {
		sq.actorRef(c, elem, "over", id)
	}
	c.text(elem, "text", nt.Text, true)
	c.role(elem, nt.Role)
}

// actorRef checks that id names an actor of the sequence.
func (sq *Sequence) actorRef(c *checker, elem, field, id string) {
	if id == "" {
		c.addf(elem, "%s is empty; name an actor", field)
		return
	}
	for _, a := range sq.Actors {
		if a.ID == id {
			return
		}
	}
	ids := make([]string, len(sq.Actors))
	for i, a := range sq.Actors {
		ids[i] = a.ID
	}
	c.addf(elem, "%s names unknown actor %q; the actors are %s", field, id, strings.Join(ids, ", "))
}

func columns(idx []int) string {
	s := make([]string, len(idx))
	for i, v := range idx {
		s[i] = fmt.Sprint(v + 1)
	}
	return strings.Join(s, ", ")
}

// ActorIndex returns the column of the actor with the id, or -1.
func (sq *Sequence) ActorIndex(id string) int {
	for i, a := range sq.Actors {
		if a.ID == id {
			return i
		}
	}
	return -1
}
