package spec

// Sequence is actors side by side, each with a lifeline running down, and
// the messages they send one another in order, top to bottom: who asks
// whom, who answers, who watches. Laid out by kubefig's own code.
//
// Column widths come from the measured labels: two neighbours stand as far
// apart as the widest label between them needs.
type Sequence struct {
	// Actors are the columns, left to right.
	Actors []Actor `json:"actors"`
	// Groups are bands over runs of neighbouring actors ("control plane",
	// "worker node"); an actor joins one through its Group field.
	Groups []ActorGroup `json:"groups,omitempty"`
	// Steps are the messages, notes and phase bands, in order.
	Steps []SequenceStep `json:"steps"`
	// Numbered puts a number badge (1, 2, 3 ...) before every message's
	// label, counting messages only, through every phase.
	Numbered bool `json:"numbered,omitempty"`
	// Aspect is the width:height ratio the finished picture should come
	// closest to; 0 means 16:9. The layout chooses how wide labels may grow
	// before they wrap and how much room rows get.
	Aspect float64 `json:"aspect,omitempty"`
}

// Actor is one column: a header box with an icon and a label, and the
// lifeline under it.
type Actor struct {
	ID       string   `json:"id"`
	Label    Text     `json:"label"`
	Sublabel Text     `json:"sublabel"` // optional second line, smaller
	Kind     NodeKind `json:"kind,omitempty"`
	Role     string   `json:"role,omitempty"`
	// Group is the id of the ActorGroup the actor belongs to, or "". The
	// actors of a group must stand next to one another.
	Group string `json:"group,omitempty"`
}

// ActorGroup is a titled band behind neighbouring actors.
type ActorGroup struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
	Role  string `json:"role,omitempty"`
}

// SequenceStep is one row of a sequence: exactly one of Message, Note and
// Phase is set.
type SequenceStep struct {
	Message *Message      `json:"message,omitempty"`
	Note    *SequenceNote `json:"note,omitempty"`
	Phase   *Phase        `json:"phase,omitempty"`
}

// Message is an arrow from one actor's lifeline to another's. From and To
// may be the same actor: a self-message, drawn as a loop (work the actor
// does on its own).
type Message struct {
	// ID is optional; set it when something refers to the message.
	ID    string `json:"id,omitempty"`
	From  string `json:"from"`
	To    string `json:"to"`
	Label Text   `json:"label"`
	// Detail is an optional smaller line under the label: the command,
	// the API call, the version a fact holds for.
	Detail Text `json:"detail"`
	// Style Solid is a request; Dashed is a response or a watch
	// notification; Dotted is free for the diagram's own meaning (say so
	// in its legend).
	Style LineStyle `json:"style,omitempty"`
	// Role colours the arrow; "" takes the sender's role.
	Role string `json:"role,omitempty"`
}

// SequenceNote is a box over one actor's lifeline or across the lifelines
// from one actor to another: "the scheduler picks node-1".
type SequenceNote struct {
	ID string `json:"id,omitempty"`
	// Over names one actor, or two: the note spans from the first to the
	// second (in either order).
	Over []string `json:"over"`
	Text Text     `json:"text"`
	Role string   `json:"role,omitempty"`
}

// Phase is a labelled band across every lifeline that starts a new part of
// the story: "deploy", "access".
type Phase struct {
	ID       string `json:"id"`
	Label    Text   `json:"label"`
	Sublabel Text   `json:"sublabel"` // optional, after the label
	Role     string `json:"role,omitempty"`
}
