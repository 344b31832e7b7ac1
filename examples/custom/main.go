// Command custom shows kubefig as a library: it builds its own diagram as a
// Go value and renders it to SVG and PNG without the CLI.
//
//	go run ./examples/custom -out /tmp/custom
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/spec"
)

// Diagram is a small controller picture in kubefig's vocabulary.
func Diagram() *spec.Diagram {
	return &spec.Diagram{
		ID:       "deployment-chain",
		Title:    spec.T("A Deployment manages Pods through a ReplicaSet", "Deployment 通过 ReplicaSet 管理 Pod"),
		Subtitle: spec.T("Each controller watches the API server and reconciles toward the desired state.", "每个控制器都监视 API server，并把实际状态调谐到期望状态。"),
		Graph: &spec.Graph{
			Direction: spec.LeftToRight,
			Nodes: []spec.Node{
				{ID: "deployment", Label: spec.L("Deployment"), Sublabel: spec.T("desired: 3 replicas", "期望：3 个副本"), Kind: spec.KindController, Role: spec.RoleControl},
				{ID: "replicaset", Label: spec.L("ReplicaSet"), Sublabel: spec.T("keeps 3 Pods running", "保持 3 个 Pod 运行"), Kind: spec.KindController, Role: spec.RoleControl},
			},
			Groups: []spec.Group{{ID: "pods", Label: spec.T("Pods", "Pod"), Role: spec.RoleWorker, Nodes: []spec.Node{
				{ID: "pod-1", Label: spec.L("web-7d4b9-abcde"), Kind: spec.KindPod, Role: spec.RoleWorker},
				{ID: "pod-2", Label: spec.L("web-7d4b9-fghij"), Kind: spec.KindPod, Role: spec.RoleWorker},
				{ID: "pod-3", Label: spec.L("web-7d4b9-klmno"), Kind: spec.KindPod, Role: spec.RoleWorker},
			}}},
			Edges: []spec.Edge{
				{From: "deployment", To: "replicaset", Label: spec.T("creates, scales", "创建、伸缩"), Role: spec.RoleControl},
				{From: "replicaset", To: "pods", Label: spec.T("creates, replaces", "创建、替换"), Role: spec.RoleWorker},
			},
		},
	}
}

func main() {
	out := flag.String("out", ".", "directory to write deployment-chain.{svg,png} into")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dir string) error {
	d := Diagram()
	opts := render.Options{Lang: spec.ZH, Theme: "light"}
	svg, err := render.SVG(d, opts)
	if err != nil {
		return err
	}
	png, err := render.PNG(d, opts)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, d.ID+".svg"), svg, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, d.ID+".png"), png, 0o644)
}
