package spec

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kubefig/kubefig/render/textmeasure"
)

// Problem is one thing wrong with a spec.
type Problem struct {
	Diagram string // the diagram id
	Element string // what is wrong: `node "etcd"`, `edge kubelet->api`
	Message string // what is wrong and, where useful, what to do
}

func (p Problem) String() string {
	return fmt.Sprintf("diagram %q: %s: %s", p.Diagram, p.Element, p.Message)
}

// ValidationError lists every problem Validate found.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidID reports whether s is a valid element or diagram id.
func ValidID(s string) bool { return idPattern.MatchString(s) }

// Validate checks the diagram and returns a *ValidationError listing every
// problem, or nil.
func (d *Diagram) Validate() error {
	c := newChecker(d.ID)
	if !ValidID(d.ID) {
		c.addf("diagram", "id %q must match [a-z0-9-]+ (lower-case letters, digits, single dashes)", d.ID)
	}
	c.text("diagram", "title", d.Title, true)
	c.text("diagram", "subtitle", d.Subtitle, false)
	c.text("diagram", "desc", d.Desc, false)
	for i, n := range d.Notes {
		c.text(fmt.Sprintf("note %d", i+1), "text", n, true)
	}
	for i, li := range d.Legend {
		elem := fmt.Sprintf("legend item %d", i+1)
		c.text(elem, "label", li.Label, true)
		c.role(elem, li.Role)
		switch li.Marker {
		case MarkerBox, MarkerLine, MarkerBadge, MarkerDot, MarkerMissed, MarkerTick, MarkerDiamond:
		default:
			c.addf(elem, "marker %q is not one of box, line, badge, dot, missed, tick, diamond", li.Marker)
		}
		if li.Number < 0 || li.Number > 20 {
			c.addf(elem, "number %d is outside 1-20", li.Number)
		}
	}
	bodies := d.bodies()
	for _, b := range bodies {
		b.body.validate(c)
	}
	if len(bodies) != 1 {
		kinds := make([]string, len(bodies))
		for i, b := range bodies {
			kinds[i] = b.kind
		}
		c.addf("diagram", "has %d bodies %v; set exactly one of Graph, Pipeline, Cards, Timeline, Stack, Sequence, Anatomy", len(bodies), kinds)
	}
	d.validateRefs(c)
	return c.err()
}

// validateRefs checks the ids that name elements of the body, once the
// body has claimed them: the focus and the legend entries' For.
func (d *Diagram) validateRefs(c *checker) {
	if len(d.Focus) > 0 && d.Graph == nil {
		c.addf("focus", "works on graph bodies only; this diagram is a %s", d.Kind())
	}
	for _, id := range d.Focus {
		if _, ok := c.has(id); !ok {
			c.addf("focus", "names unknown path or element %q; use a path, node, group or edge id", id)
		}
	}
	for i, li := range d.Legend {
		if _, ok := c.has(li.For); li.For != "" && !ok {
			c.addf(fmt.Sprintf("legend item %d", i+1), "for names unknown path or element %q", li.For)
		}
	}
}

// checker collects problems for one diagram.
type checker struct {
	diagram  string
	problems []Problem
	ids      map[string]string // id -> the element that took it
}

func newChecker(diagram string) *checker {
	return &checker{diagram: diagram, ids: map[string]string{}}
}

func (c *checker) addf(elem, format string, args ...any) {
	c.problems = append(c.problems, Problem{c.diagram, elem, fmt.Sprintf(format, args...)})
}

func (c *checker) err() error {
	if len(c.problems) == 0 {
		return nil
	}
	return &ValidationError{Problems: c.problems}
}

// id checks an element id and claims it; ids are unique across a diagram.
func (c *checker) id(kind, id string) {
	elem := fmt.Sprintf("%s %q", kind, id)
	if !ValidID(id) {
		c.addf(elem, "id must match [a-z0-9-]+ (lower-case letters, digits, single dashes)")
		return
	}
	if prev, ok := c.ids[id]; ok {
		c.addf(elem, "duplicate id: %s already uses it", prev)
		return
	}
	c.ids[id] = kind
}

// has reports whether an id was claimed, and by what kind of element.
func (c *checker) has(id string) (string, bool) {
	k, ok := c.ids[id]
	return k, ok
}

// text checks a visible text: bilingual with both languages, or literal;
// valid UTF-8; every character drawable by the embedded fonts.
func (c *checker) text(elem, field string, t Text, required bool) {
	if t.IsZero() {
		if required {
			c.addf(elem, "%s is empty; give it T(en, zh) or L(literal)", field)
		}
		return
	}
	if t.Lit != "" && (t.En != "" || t.Zh != "") {
		c.addf(elem, "%s sets both a literal and translations; use one", field)
	}
	if t.Lit == "" && (t.En == "" || t.Zh == "") {
		missing := "zh"
		if t.En == "" {
			missing = "en"
		}
		c.addf(elem, "%s has no %s text; a bilingual text needs both en and zh", field, missing)
	}
	for _, s := range []struct{ lang, s string }{{"literal", t.Lit}, {"en", t.En}, {"zh", t.Zh}} {
		if s.s == "" {
			continue
		}
		if !utf8.ValidString(s.s) {
			c.addf(elem, "%s (%s) is not valid UTF-8", field, s.lang)
			continue
		}
		if strings.TrimSpace(s.s) == "" {
			c.addf(elem, "%s (%s) is only spaces", field, s.lang)
		}
		for _, r := range textmeasure.Uncovered(s.s) {
			c.addf(elem, "%s (%s): character %q (U+%04X) is not in the embedded fonts; add it to render/textmeasure/fonts/catalog-chars.txt and run make-fonts.py",
				field, s.lang, r, r)
		}
	}
}

func (c *checker) role(elem, role string) {
	for _, r := range Roles {
		if r == role {
			return
		}
	}
	c.addf(elem, "role %q is unknown; use one of %s", role, strings.Join(Roles[1:], ", "))
}

func (c *checker) lineStyle(elem string, s LineStyle) {
	switch s {
	case Solid, Dashed, Dotted:
	default:
		c.addf(elem, "style %q is not one of solid (\"\"), dashed, dotted", s)
	}
}
