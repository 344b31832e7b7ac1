// Package diagrams is kubefig's catalog: one file per diagram, each a
// function returning a spec, and the glossary they all take their terms
// from. It imports only render/spec.
package diagrams

import "github.com/kubefig/kubefig/render/spec"

// catalog lists the diagram constructors in catalog order: the order of
// `kubefig list`, the README gallery and rendering.
var catalog = []func() *spec.Diagram{
	ClusterArchitecture,
	NetworkPaths,
	NetworkPaths1,
	NetworkPaths2,
	NetworkPaths3,
	NetworkPaths4,
	KubeadmInit,
	KubeadmInitToday,
	KubeadmJoin,
	KubeadmOverview,
	NodeHeartbeat,
	NodeHeartbeatLease,
	ImageLayersCoW,
	ContainerRuntimeStack,
	DockerNetworkModes,
	K8sFeatures,
	Ecosystem,
	ResourceCategories,
	ObjectAnatomy,
	ManagementModes,
	Namespaces,
	DeployAndAccess,
	ControllerLoop,
	APIURL,
	ServiceDNSName,
	KubectlSyntax,
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
