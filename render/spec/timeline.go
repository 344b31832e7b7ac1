package spec

// Timeline is lanes of events over one time axis, laid out by kubefig's own
// code: periodic events, one-off events, intervals, thresholds across lanes
// and callouts. Every time is in seconds from the start of the story.
//
// Lanes come in bands: stacked groups of lanes that share the axis, such as
// "before node leases" above "with node leases". A timeline with one band
// and no band label is a plain list of lanes.
type Timeline struct {
	Axis  TimeAxis `json:"axis"`
	Bands []Band   `json:"bands"`
	// Thresholds are vertical markers across the bands at a moment:
	// "node fails", "+40 s". Their labels sit above the lanes.
	Thresholds []Threshold `json:"thresholds,omitempty"`
	// Callouts are notes that point at a moment on a lane. They stack under
	// the lane when they would overlap.
	Callouts []Callout `json:"callouts,omitempty"`
	// Width is the width of the plot (the time axis) in px; zero picks a
	// width that suits a 16:9 slide.
	Width float64 `json:"width,omitempty"`
}

// TimeAxis is the horizontal axis: the span shown, and the quiet spans
// compressed into a break so that short and long intervals both stay
// readable. Ticks and their labels are chosen by layout from the span.
type TimeAxis struct {
	From float64 `json:"from"` // seconds
	To   float64 `json:"to"`   // seconds
	// Breaks are spans drawn as a narrow gap with a zig-zag; nothing may
	// happen inside one (no event, threshold or callout).
	Breaks []AxisBreak `json:"breaks,omitempty"`
	// Label names what the axis counts, under the tick labels; optional.
	Label Text `json:"label"`
}

// AxisBreak is a span of the axis left out of the picture.
type AxisBreak struct {
	From float64 `json:"from"`
	To   float64 `json:"to"`
}

// Band is a titled group of lanes.
type Band struct {
	ID       string `json:"id"`
	Label    Text   `json:"label"`    // optional for a single band
	Sublabel Text   `json:"sublabel"` // optional, after the label
	Role     string `json:"role,omitempty"`
	Lanes    []Lane `json:"lanes"`
}

// Lane is one row of the timeline: who does something, and what happens.
type Lane struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
	// Sublabel is a smaller line under the label: the setting behind the
	// lane's rhythm, with its default and version.
	Sublabel  Text       `json:"sublabel"`
	Role      string     `json:"role,omitempty"`
	Periodic  []Periodic `json:"periodic,omitempty"`
	Events    []Event    `json:"events,omitempty"`
	Intervals []Interval `json:"intervals,omitempty"`
}

// EventMarker is the shape of an event on its lane.
type EventMarker string

const (
	EventDot     EventMarker = ""        // a filled circle: a message sent
	EventTick    EventMarker = "tick"    // a short vertical stroke: work done locally
	EventDiamond EventMarker = "diamond" // a one-off decision or state change
)

// Periodic is an event repeated every Every seconds, from From to To
// inclusive. Occurrences inside an axis break are not drawn.
type Periodic struct {
	Every  float64     `json:"every"`
	From   float64     `json:"from"`
	To     float64     `json:"to"`
	Marker EventMarker `json:"marker,omitempty"`
	// Missed draws the occurrences hollow and crossed: events that should
	// have happened but did not (after a failure).
	Missed bool   `json:"missed,omitempty"`
	Role   string `json:"role,omitempty"` // the lane's role when empty
}

// Event happens once. Its label, if any, is shown as a callout.
type Event struct {
	ID     string      `json:"id"`
	At     float64     `json:"at"`
	Label  Text        `json:"label"`
	Marker EventMarker `json:"marker,omitempty"`
	Missed bool        `json:"missed,omitempty"`
	Role   string      `json:"role,omitempty"`
}

// Interval is a span on a lane with a label inside it; a label too long
// for the span is shown as a callout instead.
type Interval struct {
	ID    string    `json:"id"`
	From  float64   `json:"from"`
	To    float64   `json:"to"`
	Label Text      `json:"label"`
	Role  string    `json:"role,omitempty"`
	Style LineStyle `json:"style,omitempty"`
}

// Threshold is a vertical marker across lanes at a moment.
type Threshold struct {
	ID       string    `json:"id"`
	At       float64   `json:"at"`
	Label    Text      `json:"label"`
	Sublabel Text      `json:"sublabel"` // optional second line: the setting and version
	Role     string    `json:"role,omitempty"`
	Style    LineStyle `json:"style,omitempty"`
}

// Callout is a note pointing at a moment on a lane.
type Callout struct {
	ID   string  `json:"id"`
	Lane string  `json:"lane"`
	At   float64 `json:"at"`
	Text Text    `json:"text"`
	Role string  `json:"role,omitempty"`
}

// Visible reports whether t is on the drawn part of the axis: inside
// [From, To] and not strictly inside a break.
func (a TimeAxis) Visible(t float64) bool {
	if t < a.From || t > a.To {
		return false
	}
	for _, b := range a.Breaks {
		if t > b.From && t < b.To {
			return false
		}
	}
	return true
}

// Occurrences lists the times of a periodic event, From first. It returns
// nothing for a non-positive period.
func (p Periodic) Occurrences() []float64 {
	if p.Every <= 0 || p.To < p.From {
		return nil
	}
	var out []float64
	// Count steps with an integer so that float error cannot add or drop
	// the last occurrence.
	n := int((p.To-p.From)/p.Every + 1e-9)
	for i := 0; i <= n; i++ {
		out = append(out, p.From+float64(i)*p.Every)
	}
	return out
}
