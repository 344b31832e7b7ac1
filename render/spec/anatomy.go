package spec

import (
	"fmt"
	"math"
	"strings"
)

// Anatomy is one or more strings, each cut into consecutive parts that
// carry annotations: what every piece of a URL, a DNS name or a command
// line means. The strings are the hero of the picture, drawn large in
// monospace; an annotated part gets a bracket in its role's colour and a
// label above or below it (its name, a line of explanation, examples).
// Several rows compare variants of one string (the core group's path
// beside a named group's).
type Anatomy struct {
	Rows []AnatomyRow `json:"rows"`
	// Columns arranges the rows in a grid, row by row; 0 lets the layout
	// choose the number that brings the picture closest to the aspect.
	Columns int `json:"columns,omitempty"`
	// Aspect is the width:height ratio the finished picture should come
	// closest to; 0 means 16:9.
	Aspect float64 `json:"aspect,omitempty"`
	// OptionalTag is the word put beside the name of an optional part;
	// DefaultOptionalTag when empty.
	OptionalTag Text `json:"optionalTag"`
}

// DefaultOptionalTag marks the label of a part that may be left out.
var DefaultOptionalTag = T("optional", "可省略")

// AnatomyRow is one annotated string.
type AnatomyRow struct {
	ID string `json:"id"`
	// Label is an optional heading over the string.
	Label Text `json:"label"`
	// Text is the whole string, exactly as typed; the parts must spell it.
	Text string `json:"text"`
	// Parts cut Text into consecutive pieces, in order.
	Parts []Part `json:"parts"`
	// Spans annotate runs of consecutive parts ("apps/v1" as the
	// apiVersion); their bracket embraces the parts' own.
	Spans []Span `json:"spans,omitempty"`
	// Note is an optional remark under the row.
	Note Text `json:"note"`
	// Wide gives the row a grid row of its own, across every column (a
	// long string under two short ones side by side).
	Wide bool `json:"wide,omitempty"`
}

// LabelSide is where an annotation's label goes.
type LabelSide string

const (
	SideAuto  LabelSide = ""      // the layout chooses
	SideAbove LabelSide = "above" // over the string
	SideBelow LabelSide = "below" // under the string
)

// Part is one piece of a row's string. A part with neither Name nor Role
// is plain text (a separator such as "/" or "."); a part with a Role but no
// Name gets a bracket in the role's colour and no label, which is how a
// second row shows that its pieces are the same as the first's.
type Part struct {
	// ID names the part; required when it has a Name or a Role, or when
	// a span refers to it.
	ID   string `json:"id,omitempty"`
	Text string `json:"text"`
	Annotation
}

// Span annotates the run of parts From..To (part ids of the same row,
// inclusive).
type Span struct {
	ID   string `json:"id"`
	From string `json:"from"`
	To   string `json:"to"`
	Annotation
}

// Annotation is what a part or span says about itself.
type Annotation struct {
	// Name is the label's first line: "group", "resource type (plural)".
	Name Text `json:"name"`
	// Desc is a short explanation under the name; it wraps.
	Desc Text `json:"desc"`
	// Example shows example values; literal examples are drawn in
	// monospace.
	Example Text `json:"example"`
	// Role colours the bracket, the leader and the part's glyphs.
	Role string `json:"role,omitempty"`
	// Optional marks a part that may be left out: its bracket is dashed
	// and its label carries the optional tag.
	Optional bool `json:"optional,omitempty"`
	// Side places the label; SideAuto lets the layout choose.
	Side LabelSide `json:"side,omitempty"`
}

// Annotated reports whether the annotation draws a bracket.
func (a Annotation) Annotated() bool { return !a.Name.IsZero() || a.Role != "" }

// Labelled reports whether the annotation draws a label.
func (a Annotation) Labelled() bool { return !a.Name.IsZero() }

// Tag returns the optional tag of the anatomy.
func (an *Anatomy) Tag() Text {
	if an.OptionalTag.IsZero() {
		return DefaultOptionalTag
	}
	return an.OptionalTag
}

func (an *Anatomy) validate(c *checker) {
	if len(an.Rows) == 0 {
		c.addf("anatomy", "has no rows; give it at least one AnatomyRow")
	}
	if an.Aspect < 0 || math.IsNaN(an.Aspect) || math.IsInf(an.Aspect, 0) {
		c.addf("anatomy", "aspect %g must be a positive width:height ratio, or 0 for 16:9", an.Aspect)
	}
	if an.Columns < 0 {
		c.addf("anatomy", "columns %d is negative; use 0 to let the layout choose", an.Columns)
	}
	c.text("anatomy", "optional tag", an.OptionalTag, false)
	for i := range an.Rows {
		an.Rows[i].validate(c)
	}
}

func (r *AnatomyRow) validate(c *checker) {
	c.id("row", r.ID)
	elem := fmt.Sprintf("row %q", r.ID)
	c.text(elem, "label", r.Label, false)
	c.text(elem, "note", r.Note, false)
	if r.Text == "" {
		c.addf(elem, "text is empty; give the whole string the parts spell")
	} else {
		c.text(elem, "text", L(r.Text), true)
	}
	if len(r.Parts) == 0 {
		c.addf(elem, "has no parts; cut the text into at least one Part")
	}
	index := map[string]int{} // part id -> position in the row
	off := 0
	spelled := true
	for i := range r.Parts {
		p := &r.Parts[i]
		pe := partElem(r.ID, i, p.ID)
		if p.ID != "" {
			before := len(c.problems)
			c.id("part", p.ID)
			if len(c.problems) == before {
				index[p.ID] = i
			}
		} else if p.Annotated() {
			c.addf(pe, "has a name or a role but no id; give it an ID")
		}
		c.annotation(pe, p.Annotation)
		switch {
		case p.Text == "":
			c.addf(pe, "text is empty; every part is a non-empty piece of the row's text")
		case spelled && !strings.HasPrefix(r.Text[off:], p.Text):
			c.addf(pe, "text %q does not continue the row's text: after %q it reads %q; the parts must spell %q exactly",
				p.Text, r.Text[:off], clip(r.Text[off:], len(p.Text)), r.Text)
			spelled = false
		case spelled:
			off += len(p.Text)
		}
	}
	if spelled && len(r.Parts) > 0 && off < len(r.Text) {
		c.addf(elem, "the parts spell only %q; the text goes on with %q: add a part for it", r.Text[:off], r.Text[off:])
	}
	spanned := map[int]string{} // part index -> id of the span over it
	for i := range r.Spans {
		s := &r.Spans[i]
		c.id("span", s.ID)
		se := fmt.Sprintf("span %q", s.ID)
		c.annotation(se, s.Annotation)
		if !s.Labelled() {
			c.addf(se, "has no name; a span is there to label a run of parts")
		}
		from, okF := index[s.From]
		to, okT := index[s.To]
		if !okF {
			c.addf(se, "from names %q, which is not a part of row %q", s.From, r.ID)
		}
		if !okT {
			c.addf(se, "to names %q, which is not a part of row %q", s.To, r.ID)
		}
		if !okF || !okT {
			continue
		}
		if from > to {
			c.addf(se, "from %q comes after to %q; list the run left to right", s.From, s.To)
			continue
		}
		for k := from; k <= to; k++ {
			if other, ok := spanned[k]; ok {
				c.addf(se, "overlaps span %q at part %q; spans of a row may not overlap", other, r.Parts[k].ID)
				break
			}
			spanned[k] = s.ID
			p := r.Parts[k]
			if s.Side != SideAuto && p.Labelled() && p.Side == s.Side {
				c.addf(se, "its label and the label of part %q inside it are both %s; the part's leader would cross the span's bracket: put one of them on the other side", p.ID, s.Side)
			}
		}
	}
}

// annotation checks the texts, role and side of a part or span.
func (c *checker) annotation(elem string, a Annotation) {
	c.text(elem, "name", a.Name, false)
	c.text(elem, "desc", a.Desc, false)
	c.text(elem, "example", a.Example, false)
	c.role(elem, a.Role)
	if a.Name.IsZero() && (!a.Desc.IsZero() || !a.Example.IsZero()) {
		c.addf(elem, "has a desc or an example but no name; the name heads the label")
	}
	if a.Name.IsZero() && a.Optional && a.Role == "" {
		c.addf(elem, "is optional but has neither name nor role, so nothing shows it; give it a role or a name")
	}
	switch a.Side {
	case SideAuto, SideAbove, SideBelow:
	default:
		c.addf(elem, "side %q is not one of \"\" (auto), above, below", a.Side)
	}
}

// partElem names a part for a problem: by id, or by position when it has
// none.
func partElem(row string, i int, id string) string {
	if id != "" {
		return fmt.Sprintf("part %q", id)
	}
	return fmt.Sprintf("row %q part %d", row, i+1)
}

// clip returns at most n bytes of s, cut at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
