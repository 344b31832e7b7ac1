package render_test

import (
	"bytes"
	"fmt"

	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/spec"
)

// A diagram is a Go value; one call renders it.
func ExampleSVG() {
	d := &spec.Diagram{
		ID:    "hello",
		Title: spec.T("kubectl talks to the API server", "kubectl 与 API server 通信"),
		Graph: &spec.Graph{
			Direction: spec.LeftToRight,
			Nodes: []spec.Node{
				{ID: "kubectl", Label: spec.L("kubectl"), Kind: spec.KindCLI},
				{ID: "api", Label: spec.L("kube-apiserver"), Kind: spec.KindAPIServer, Role: spec.RoleControl},
			},
			Edges: []spec.Edge{{From: "kubectl", To: "api", Label: spec.L("HTTPS")}},
		},
	}
	svg, err := render.SVG(d, render.Options{Lang: spec.ZH})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.Contains(svg, []byte("<title id=\"hello-title\">kubectl 与 API server 通信</title>")))
	// Output: true
}
