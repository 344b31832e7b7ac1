package layout

import (
	"fmt"

	"github.com/kubefig/kubefig/render/spec"
)

// Graph lays out a graph body through Graphviz.
func Graph(d *spec.Diagram, o Options) (Body, error) {
	return Body{}, fmt.Errorf("graph layout: not yet")
}
