// Package diagrams is kubefig's catalog: one file per diagram, each a
// function returning a spec, and the glossary they all take their terms
// from. It imports only render/spec.
package diagrams

import "github.com/kubefig/kubefig/render/spec"

// catalog lists the diagram constructors in catalog order, which follows
// the sections of the notes: the order of `kubefig list`, the README
// gallery and rendering.
var catalog = []func() *spec.Diagram{
	// 1.1 Containers
	DockerNetworkModes,
	ImageLayersCoW,
	ContainerRuntimeStack,
	// 1.2 Cluster architecture
	ClusterArchitecture,
	// 1.3 Running and connecting applications
	ServiceDNSName,
	ControllerLoop,
	NetworkPaths,
	NetworkPaths1,
	NetworkPaths2,
	NetworkPaths3,
	NetworkPaths4,
	DeployAndAccess,
	// 1.4 Features and ecosystem
	K8sFeatures,
	Ecosystem,
	// 2.1 kubeadm
	KubeadmOverview,
	KubeadmInit,
	KubeadmInitToday,
	KubeadmJoin,
	// 2.3 kubectl
	KubectlSyntax,
	// 3.1-3.3 Resources, objects, namespaces
	ResourceCategories,
	APIURL,
	ObjectAnatomy,
	ManagementModes,
	Namespaces,
	// 3.4 Nodes
	NodeHeartbeat,
	NodeHeartbeatLease,
}

// All returns a fresh copy of every diagram of the catalog, in order.
func All() []*spec.Diagram {
	out := make([]*spec.Diagram, len(catalog))
	for i, f := range catalog {
		out[i] = f()
	}
	return out
}

// ByID returns the diagram with the id, or nil.
func ByID(id string) *spec.Diagram {
	for _, f := range catalog {
		if d := f(); d.ID == id {
			return d
		}
	}
	return nil
}
