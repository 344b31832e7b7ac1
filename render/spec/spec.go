// Package spec is kubefig's vocabulary: plain Go values that describe a
// diagram, and Validate, which reports every problem in one go. Nothing here
// knows about positions, colours or file formats.
package spec

// Lang is an output language.
type Lang string

const (
	EN Lang = "en"
	ZH Lang = "zh"
)

// Langs lists the supported languages in output order.
var Langs = []Lang{EN, ZH}

// Text is a visible string: bilingual (En and Zh both set) or literal (Lit,
// shown as is in every language: names and code such as kube-apiserver).
type Text struct {
	En  string `json:"en,omitempty"`
	Zh  string `json:"zh,omitempty"`
	Lit string `json:"lit,omitempty"`
}

// T makes a bilingual text.
func T(en, zh string) Text { return Text{En: en, Zh: zh} }

// L makes a literal text, the same in every language.
func L(s string) Text { return Text{Lit: s} }

// In returns the text in a language.
func (t Text) In(l Lang) string {
	switch {
	case t.Lit != "":
		return t.Lit
	case l == ZH:
		return t.Zh
	default:
		return t.En
	}
}

// IsZero reports whether no text is set at all.
func (t Text) IsZero() bool { return t.En == "" && t.Zh == "" && t.Lit == "" }

// Diagram is one picture of the catalog: a title and exactly one body.
type Diagram struct {
	ID       string `json:"id"`       // [a-z0-9-]+, also the output file name
	Title    Text   `json:"title"`    // shown on top, and the SVG <title>
	Subtitle Text   `json:"subtitle"` // optional line under the title
	// Desc is the accessible description (SVG <desc>); optional, the
	// title is used when empty.
	Desc Text `json:"desc"`
	// Notes are footnotes under the picture: sources, versions, caveats.
	Notes []Text `json:"notes,omitempty"`
	// Legend explains colours and markers; shown under the body, after
	// the entries a graph's Paths make for themselves.
	Legend []LegendItem `json:"legend,omitempty"`
	// Focus names paths or elements (nodes, groups, edges) to keep at full
	// strength; everything else is dimmed. Nothing moves: a focused view
	// lines up pixel for pixel with the unfocused one, so consecutive
	// slides can walk through a picture one part at a time. Empty: no
	// focus.
	Focus []string `json:"focus,omitempty"`

	Graph    *Graph    `json:"graph,omitempty"`
	Pipeline *Pipeline `json:"pipeline,omitempty"`
	Cards    *Cards    `json:"cards,omitempty"`
	Timeline *Timeline `json:"timeline,omitempty"`
	Stack    *Stack    `json:"stack,omitempty"`
	Sequence *Sequence `json:"sequence,omitempty"`
	Anatomy  *Anatomy  `json:"anatomy,omitempty"`
}

// LegendItem is one entry of a legend: a swatch in a role's colour and a label.
type LegendItem struct {
	Role   string    `json:"role"`
	Marker Marker    `json:"marker"`
	Label  Text      `json:"label"`
	Style  LineStyle `json:"style,omitempty"` // for line markers
	// Number, when set, is drawn in the swatch (①-④ style path markers).
	Number int `json:"number,omitempty"`
	// For is the id of the path or element the entry explains, optional;
	// a Focus that leaves it out dims the entry too.
	For string `json:"for,omitempty"`
}

// Marker is the swatch shape of a legend item.
type Marker string

const (
	MarkerBox   Marker = "box"   // a filled, outlined square: groups, nodes
	MarkerLine  Marker = "line"  // a short line with an arrow: edges
	MarkerBadge Marker = "badge" // a small pill: badges on steps
	MarkerDot   Marker = "dot"   // a filled circle: events
	// Timeline event markers.
	MarkerMissed  Marker = "missed"  // a hollow, crossed-out circle: an event that did not happen
	MarkerTick    Marker = "tick"    // a short vertical stroke: work done locally
	MarkerDiamond Marker = "diamond" // a one-off decision or state change
)

// Kind names the body kind of a diagram ("graph", "pipeline", ...), or
// "none".
func (d *Diagram) Kind() string {
	if bs := d.bodies(); len(bs) > 0 {
		return bs[0].kind
	}
	return "none"
}

// body is what every body kind does in this package: check itself.
type body interface{ validate(c *checker) }

type namedBody struct {
	kind string
	body body
}

// bodies lists the bodies set on the diagram, in a fixed order. (A nil
// pointer in an interface is not nil, hence the explicit checks.)
func (d *Diagram) bodies() []namedBody {
	var out []namedBody
	add := func(kind string, set bool, b body) {
		if set {
			out = append(out, namedBody{kind, b})
		}
	}
	add("graph", d.Graph != nil, d.Graph)
	add("pipeline", d.Pipeline != nil, d.Pipeline)
	add("cards", d.Cards != nil, d.Cards)
	add("timeline", d.Timeline != nil, d.Timeline)
	add("stack", d.Stack != nil, d.Stack)
	add("sequence", d.Sequence != nil, d.Sequence)
	add("anatomy", d.Anatomy != nil, d.Anatomy)
	return out
}

// Roles are the semantic colour slots a theme defines. Specs name roles; the
// theme decides the colours.
const (
	RoleNeutral  = ""
	RoleControl  = "control"
	RoleWorker   = "worker"
	RoleAddon    = "addon"
	RoleStore    = "store"
	RoleExternal = "external"
	RoleNetwork  = "network"
	RoleSeries1  = "series1"
	RoleSeries2  = "series2"
	RoleSeries3  = "series3"
	RoleSeries4  = "series4"
	RoleSeries5  = "series5"
	RoleSeries6  = "series6"
	RoleSuccess  = "success"
	RoleWarning  = "warning"
	RoleDanger   = "danger"
	RoleInfo     = "info"
	RoleMuted    = "muted"
)

// Roles lists every role name a spec may use.
var Roles = []string{
	RoleNeutral, RoleControl, RoleWorker, RoleAddon, RoleStore, RoleExternal,
	RoleNetwork, RoleSeries1, RoleSeries2, RoleSeries3, RoleSeries4,
	RoleSeries5, RoleSeries6, RoleSuccess, RoleWarning, RoleDanger, RoleInfo,
	RoleMuted,
}

// LineStyle is how a line is stroked.
type LineStyle string

const (
	Solid  LineStyle = ""
	Dashed LineStyle = "dashed"
	Dotted LineStyle = "dotted"
)
