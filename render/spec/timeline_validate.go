package spec

import (
	"fmt"
	"math"
)

// maxOccurrences bounds a periodic event: more would be a typo in Every
// (0.01 for 10), not a picture.
const maxOccurrences = 2000

func (tl *Timeline) validate(c *checker) {
	ax := tl.Axis
	axisOK := finite(ax.From, ax.To) && ax.From < ax.To
	if !axisOK {
		c.addf("timeline axis", "from %g s must be before to %g s", ax.From, ax.To)
	}
	c.text("timeline axis", "label", ax.Label, false)
	for i, b := range ax.Breaks {
		elem := fmt.Sprintf("axis break %d (%g–%g s)", i+1, b.From, b.To)
		switch {
		case !finite(b.From, b.To) || b.From >= b.To:
			c.addf(elem, "from must be before to")
		case axisOK && (b.From <= ax.From || b.To >= ax.To):
			c.addf(elem, "must lie strictly inside the axis %g–%g s", ax.From, ax.To)
		case i > 0 && b.From <= ax.Breaks[i-1].To:
			c.addf(elem, "overlaps or touches break %d, or is out of order; list breaks left to right with a visible span between them", i)
		}
	}
	if tl.Width < 0 || (tl.Width > 0 && tl.Width < 300) {
		c.addf("timeline", "width %g px is too small; use 0 (automatic) or at least 300", tl.Width)
	}
	// at checks a moment against the axis; what names the field.
	at := func(elem, what string, t float64) {
		switch {
		case !axisOK:
		case !finite(t) || t < ax.From || t > ax.To:
			c.addf(elem, "%s %g s is outside the axis %g–%g s; widen the axis or move it", what, t, ax.From, ax.To)
		case !ax.Visible(t):
			c.addf(elem, "%s %g s falls inside an axis break; move it or narrow the break", what, t)
		}
	}
	// span checks an interval against the axis: its ends may lie in breaks.
	span := func(elem string, from, to float64) {
		switch {
		case !finite(from, to) || from >= to:
			c.addf(elem, "from %g s must be before to %g s", from, to)
		case axisOK && (from < ax.From || to > ax.To):
			c.addf(elem, "%g–%g s reaches outside the axis %g–%g s", from, to, ax.From, ax.To)
		}
	}

	if len(tl.Bands) == 0 {
		c.addf("timeline", "has no bands; give it at least one band with lanes")
	}
	lanes := 0
	for _, b := range tl.Bands {
		c.id("band", b.ID)
		belem := fmt.Sprintf("band %q", b.ID)
		c.text(belem, "label", b.Label, len(tl.Bands) > 1)
		c.text(belem, "sublabel", b.Sublabel, false)
		c.role(belem, b.Role)
		if len(b.Lanes) == 0 {
			c.addf(belem, "has no lanes")
		}
		for _, l := range b.Lanes {
			lanes++
			c.id("lane", l.ID)
			lelem := fmt.Sprintf("lane %q", l.ID)
			c.text(lelem, "label", l.Label, true)
			c.text(lelem, "sublabel", l.Sublabel, false)
			c.role(lelem, l.Role)
			if len(l.Periodic)+len(l.Events)+len(l.Intervals) == 0 {
				c.addf(lelem, "is empty; give it periodic events, events or intervals")
			}
			for i, p := range l.Periodic {
				elem := fmt.Sprintf("periodic event %d of lane %q", i+1, l.ID)
				c.role(elem, p.Role)
				c.marker(elem, p.Marker)
				if !finite(p.Every) || p.Every <= 0 {
					c.addf(elem, "period (every) %g s must be greater than 0", p.Every)
					continue
				}
				if !finite(p.From, p.To) || p.From > p.To {
					c.addf(elem, "from %g s must not be after to %g s", p.From, p.To)
					continue
				}
				at(elem, "from", p.From)
				at(elem, "to", p.To)
				if n := (p.To-p.From)/p.Every + 1; n > maxOccurrences {
					c.addf(elem, "repeats %.0f times (every %g s from %g to %g s); more than %d is surely a mistake", n, p.Every, p.From, p.To, maxOccurrences)
				}
			}
			for _, e := range l.Events {
				c.id("event", e.ID)
				elem := fmt.Sprintf("event %q (lane %q)", e.ID, l.ID)
				at(elem, "at", e.At)
				c.text(elem, "label", e.Label, false)
				c.role(elem, e.Role)
				c.marker(elem, e.Marker)
			}
			for _, iv := range l.Intervals {
				c.id("interval", iv.ID)
				elem := fmt.Sprintf("interval %q (lane %q)", iv.ID, l.ID)
				span(elem, iv.From, iv.To)
				c.text(elem, "label", iv.Label, false)
				c.role(elem, iv.Role)
				c.lineStyle(elem, iv.Style)
			}
		}
	}
	if len(tl.Bands) > 0 && lanes == 0 {
		c.addf("timeline", "has no lanes")
	}

	for _, th := range tl.Thresholds {
		c.id("threshold", th.ID)
		elem := fmt.Sprintf("threshold %q", th.ID)
		at(elem, "at", th.At)
		c.text(elem, "label", th.Label, true)
		c.text(elem, "sublabel", th.Sublabel, false)
		c.role(elem, th.Role)
		c.lineStyle(elem, th.Style)
	}
	for _, co := range tl.Callouts {
		c.id("callout", co.ID)
		elem := fmt.Sprintf("callout %q", co.ID)
		if kind, ok := c.has(co.Lane); !ok || kind != "lane" {
			c.addf(elem, "lane %q is unknown; name one of the timeline's lanes", co.Lane)
		}
		at(elem, "at", co.At)
		c.text(elem, "text", co.Text, true)
		c.role(elem, co.Role)
	}
}

func (c *checker) marker(elem string, m EventMarker) {
	switch m {
	case EventDot, EventTick, EventDiamond:
	default:
		c.addf(elem, "marker %q is not one of dot (\"\"), tick, diamond", m)
	}
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
