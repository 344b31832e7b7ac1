package spec

import (
	"fmt"
	"math"
)

// Pipeline is ordered steps, each a card with a number, a title, a one-line
// description and optional notes, flowing left to right and wrapping into
// rows to fit a target aspect ratio (kubeadm init and join phases).
type Pipeline struct {
	Steps []Step `json:"steps"`
	// Stages group consecutive steps under a label, drawn as a tinted band
	// behind them.
	Stages []Stage `json:"stages,omitempty"`
	// Branches are side paths that leave a step for a shorter way of their
	// own (the worker-node path of kubeadm join).
	Branches []Branch `json:"branches,omitempty"`
	// Badges are the marks steps may carry ("moved", "new since the
	// notes"); every badge a step uses appears in the legend.
	Badges []Badge `json:"badges,omitempty"`
	// Aspect is the width:height ratio the finished picture should come
	// closest to; 0 means 16:9. The available width, when the caller gives
	// one, wins over the aspect.
	Aspect float64 `json:"aspect,omitempty"`
	// Columns fixes the number of steps per row; 0 lets the layout choose.
	Columns int `json:"columns,omitempty"`
}

// DefaultAspect is the target width:height of pipelines and card grids.
const DefaultAspect = 16.0 / 9.0

// Step is one phase of a pipeline.
type Step struct {
	ID string `json:"id"`
	// Title is the phase name, such as L("kubelet-start"). Literal texts
	// (names, paths, code) are drawn in monospace, translated ones in sans.
	Title Text `json:"title"`
	// Desc is what the step does, in a line or two; it wraps inside the card.
	Desc Text `json:"desc"`
	// Notes are side notes under the description: the files and objects
	// the step produces, or a remark on what changed.
	Notes []Note `json:"notes,omitempty"`
	// Role colours the step's number and outline; "" is neutral.
	Role string `json:"role,omitempty"`
	// Badge names one of the pipeline's (or card grid's) badges.
	Badge string `json:"badge,omitempty"`
}

// Note is a side note on a step or a card: an artifact such as
// L("/etc/kubernetes/pki"), or a remark such as T("today: ...", "如今：...").
type Note struct {
	Text Text `json:"text"`
	// Role tints the note so it stands out (a change since the notes);
	// "" draws a plain chip.
	Role string `json:"role,omitempty"`
}

// Stage labels a run of consecutive steps.
type Stage struct {
	ID    string   `json:"id"`
	Label Text     `json:"label"`
	Role  string   `json:"role,omitempty"`
	Steps []string `json:"steps"` // step ids, consecutive and in order
}

// Branch is a side path: after step From, some runs take these steps
// instead of the rest of the pipeline.
type Branch struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
	Role  string `json:"role,omitempty"`
	From  string `json:"from"` // a step of the main path
	Steps []Step `json:"steps"`
}

// Badge is a mark a step or card can carry, drawn as a labelled pill on it
// and explained in the legend.
type Badge struct {
	ID    string `json:"id"`
	Label Text   `json:"label"` // short, drawn on the card: "moved"
	// Legend is the longer explanation in the legend; Label when empty.
	Legend Text   `json:"legend"`
	Role   string `json:"role,omitempty"`
}

// LegendText is the text the legend shows for the badge.
func (b Badge) LegendText() Text {
	if b.Legend.IsZero() {
		return b.Label
	}
	return b.Legend
}

// BadgeByID returns the badge with the id from badges, or nil.
func BadgeByID(badges []Badge, id string) *Badge {
	for i := range badges {
		if badges[i].ID == id {
			return &badges[i]
		}
	}
	return nil
}

// UsedBadges returns, in declaration order, the badges that some id in
// used names; these are the badges a legend must explain.
func UsedBadges(badges []Badge, used []string) []Badge {
	var out []Badge
	for _, b := range badges {
		for _, u := range used {
			if u == b.ID {
				out = append(out, b)
				break
			}
		}
	}
	return out
}

// BadgeIDs lists the badge ids the pipeline's steps use, in step order.
func (p *Pipeline) BadgeIDs() []string {
	var ids []string
	add := func(steps []Step) {
		for _, s := range steps {
			if s.Badge != "" {
				ids = append(ids, s.Badge)
			}
		}
	}
	add(p.Steps)
	for _, b := range p.Branches {
		add(b.Steps)
	}
	return ids
}

func (p *Pipeline) validate(c *checker) {
	if len(p.Steps) == 0 {
		c.addf("pipeline", "has no steps; give it at least one Step")
	}
	if p.Aspect < 0 || math.IsNaN(p.Aspect) || math.IsInf(p.Aspect, 0) {
		c.addf("pipeline", "aspect %g must be a positive width:height ratio, or 0 for 16:9", p.Aspect)
	}
	if p.Columns < 0 {
		c.addf("pipeline", "columns %d is negative; use 0 to let the layout choose", p.Columns)
	}
	validateBadges(c, p.Badges)
	main := map[string]int{} // step id -> index on the main path
	for i := range p.Steps {
		if c.step(&p.Steps[i], p.Badges) {
			main[p.Steps[i].ID] = i
		}
	}
	for i := range p.Branches {
		b := &p.Branches[i]
		c.id("branch", b.ID)
		elem := fmt.Sprintf("branch %q", b.ID)
		c.text(elem, "label", b.Label, true)
		c.role(elem, b.Role)
		if _, ok := main[b.From]; !ok {
			c.addf(elem, "from names %q, which is not a step of the main path", b.From)
		}
		if len(b.Steps) == 0 {
			c.addf(elem, "has no steps; a branch takes at least one step")
		}
		for j := range b.Steps {
			c.step(&b.Steps[j], p.Badges)
		}
	}
	staged := map[string]string{} // step id -> stage id
	for i := range p.Stages {
		s := &p.Stages[i]
		c.id("stage", s.ID)
		elem := fmt.Sprintf("stage %q", s.ID)
		c.text(elem, "label", s.Label, true)
		c.role(elem, s.Role)
		if len(s.Steps) == 0 {
			c.addf(elem, "names no steps; list the ids of consecutive steps")
			continue
		}
		prev := -1
		for j, id := range s.Steps {
			idx, ok := main[id]
			switch {
			case !ok:
				if kind, known := c.has(id); known {
					c.addf(elem, "names %s %q; a stage groups steps of the main path", kind, id)
				} else {
					c.addf(elem, "names unknown step %q", id)
				}
				continue
			case staged[id] != "":
				c.addf(elem, "step %q is already in stage %q; a step belongs to one stage", id, staged[id])
			case j > 0 && prev >= 0 && idx != prev+1:
				c.addf(elem, "steps must be consecutive and in order: %q does not follow %q", id, p.Steps[prev].ID)
			}
			staged[id] = s.ID
			prev = idx
		}
	}
}

// step checks one step and reports whether its id was valid and new.
func (c *checker) step(s *Step, badges []Badge) bool {
	before := len(c.problems)
	c.id("step", s.ID)
	ok := len(c.problems) == before
	elem := fmt.Sprintf("step %q", s.ID)
	c.text(elem, "title", s.Title, true)
	c.text(elem, "desc", s.Desc, true)
	c.role(elem, s.Role)
	c.notes(elem, s.Notes)
	c.badgeRef(elem, s.Badge, badges)
	return ok
}

func (c *checker) notes(elem string, notes []Note) {
	for i, n := range notes {
		c.text(elem, fmt.Sprintf("note %d", i+1), n.Text, true)
		c.role(fmt.Sprintf("%s note %d", elem, i+1), n.Role)
	}
}

func (c *checker) badgeRef(elem, id string, badges []Badge) {
	if id != "" && BadgeByID(badges, id) == nil {
		c.addf(elem, "badge %q is not one of the declared badges; add it to Badges", id)
	}
}

func validateBadges(c *checker, badges []Badge) {
	for _, b := range badges {
		c.id("badge", b.ID)
		elem := fmt.Sprintf("badge %q", b.ID)
		c.text(elem, "label", b.Label, true)
		c.text(elem, "legend", b.Legend, false)
		c.role(elem, b.Role)
	}
}
