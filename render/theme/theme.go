// Package theme holds kubefig's looks as data: a palette of named colour
// roles and a scale of sizes. Layout reads a Theme; painters never do, so a
// theme is never a branch in painting code.
package theme

import (
	"fmt"
	"sort"

	"github.com/kubefig/kubefig/render/scene"
)

// Theme is a palette plus sizes.
type Theme struct {
	Name string

	Background scene.Color
	Title      scene.Color // diagram title
	Text       scene.Color // body text
	Muted      scene.Color // captions, sublabels, axis labels
	Line       scene.Color // neutral edges and axes
	Surface    scene.Color // node and card fill
	Border     scene.Color // node and card outline
	// Dim is the opacity (0-1) of elements outside a focus.
	Dim float64

	Roles map[string]RoleColors

	Size Sizes
}

// RoleColors are the three colours of one semantic role.
type RoleColors struct {
	Accent scene.Color // strokes, edges, icons, badges
	Tint   scene.Color // light fill behind a group or highlighted box
	Ink    scene.Color // text drawn on Tint, or in the role's colour on Background
}

// Sizes are font sizes and spacing in CSS px.
type Sizes struct {
	Title, Subtitle, GroupLabel, NodeLabel, Sublabel, EdgeLabel, Caption, Legend float64
	Padding                                                                      float64 // inside a node or card
	Margin                                                                       float64 // around the whole diagram
	StrokeWidth                                                                  float64 // node and group outlines
	EdgeWidth                                                                    float64
	Radius                                                                       float64 // node corner radius
	IconSize                                                                     float64
	ArrowLength                                                                  float64
	ArrowWidth                                                                   float64
	LineHeight                                                                   float64 // multiple of the font size for wrapped lines
	FocusStrength                                                                float64 // edge width multiple for the focused path
}

// Role returns the colours of a role, falling back to the neutral one.
func (t *Theme) Role(name string) RoleColors {
	if rc, ok := t.Roles[name]; ok {
		return rc
	}
	return t.Roles[""]
}

// HasRole reports whether the role is defined.
func (t *Theme) HasRole(name string) bool {
	_, ok := t.Roles[name]
	return ok
}

// RoleNames lists the defined role names, sorted.
func (t *Theme) RoleNames() []string {
	names := make([]string, 0, len(t.Roles))
	for n := range t.Roles {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

var registry = map[string]*Theme{}
var order []string

func register(t *Theme) *Theme {
	registry[t.Name] = t
	order = append(order, t.Name)
	return t
}

// Get returns the named theme.
func Get(name string) (*Theme, error) {
	if t, ok := registry[name]; ok {
		return t, nil
	}
	return nil, fmt.Errorf("unknown theme %q (known: %v)", name, order)
}

// Names lists the themes in registration order: light first.
func Names() []string { return append([]string(nil), order...) }

// defaultSizes are shared by every theme: a theme changes colours, not
// geometry, so light and dark pictures line up.
var defaultSizes = Sizes{
	Title: 26, Subtitle: 15, GroupLabel: 15, NodeLabel: 15, Sublabel: 12.5,
	EdgeLabel: 12.5, Caption: 13, Legend: 13.5,
	Padding: 10, Margin: 28, StrokeWidth: 1.25, EdgeWidth: 1.6, Radius: 8,
	IconSize: 22, ArrowLength: 9, ArrowWidth: 7, LineHeight: 1.32,
	FocusStrength: 1.8,
}
