package diagrams

import (
	"fmt"

	"github.com/kubefig/kubefig/render/spec"
)

// NetworkPaths is notes §1.3.3 and §1.3.4: the four kinds of communication
// in a cluster, numbered and coloured in one scene.
func NetworkPaths() *spec.Diagram { return networkPaths(0) }

// NetworkPaths1 to NetworkPaths4 are the same scene with one path in focus
// and the rest dimmed; every element stays where the overview has it, so
// the five make consecutive slides.
func NetworkPaths1() *spec.Diagram { return networkPaths(1) }
func NetworkPaths2() *spec.Diagram { return networkPaths(2) }
func NetworkPaths3() *spec.Diagram { return networkPaths(3) }
func NetworkPaths4() *spec.Diagram { return networkPaths(4) }

// The ids of the four paths, by number.
var networkPathIDs = [...]string{1: "path-lo", 2: "path-pod", 3: "path-service", 4: "path-outside"}

func networkPaths(focus int) *spec.Diagram {
	g := networkGraph()
	title := spec.T("The four network paths of a Kubernetes cluster", "Kubernetes 集群的四种网络通信")
	d := &spec.Diagram{
		ID:       "network-paths",
		Title:    title,
		Subtitle: spec.T("Pods and Services use networks of their own: the Service network is managed by Kubernetes, the Pod network by a CNI plugin.", "Pod 与 Service 各用专用网络：Service 网络由 Kubernetes 管理，Pod 网络借助符合 CNI 规范的网络插件实现。"),
		Notes: []spec.Text{
			spec.T("Notes, sections 1.3.3 and 1.3.4. The kubelet writes CoreDNS's ClusterIP (here 10.96.0.10) into every Pod's /etc/resolv.conf as its nameserver. kube-proxy modes: iptables and ipvs in the notes' era; nftables added (alpha v1.29, beta v1.31, GA v1.33); ipvs deprecated in v1.35.",
				"笔记第 1.3.3、1.3.4 节。kubelet 把 CoreDNS 的 ClusterIP（此处为 10.96.0.10）作为 nameserver 写入每个 Pod 的 /etc/resolv.conf。kube-proxy 模式：笔记年代为 iptables 与 ipvs；后增 nftables（v1.29 alpha，v1.31 beta，v1.33 GA）；ipvs 于 v1.35 弃用。"),
		},
		Graph: g,
	}
	if focus > 0 {
		// Only the title and the description change, and the title stays
		// one line narrower than the picture: the focused views line up
		// with the overview (TestFocusViewsAlign).
		short := [...]spec.Text{1: PathLoShort, 2: PathPodShort, 3: PathServiceShort, 4: PathOutsideShort}[focus]
		long := [...]spec.Text{1: PathLo, 2: PathPod, 3: PathService, 4: PathOutside}[focus]
		d.ID = fmt.Sprintf("network-paths-%d", focus)
		d.Title = spec.T(title.En+": "+short.En, title.Zh+"："+short.Zh)
		d.Desc = spec.T(long.En, long.Zh)
		d.Focus = []string{networkPathIDs[focus]}
	}
	return d
}

func networkGraph() *spec.Graph {
	worker := func(n string, nodes []spec.Node, groups []spec.Group) spec.Group {
		return spec.Group{ID: "node-" + n, Label: spec.T("Worker node "+n, "工作节点 "+n), Role: spec.RoleWorker,
			Nodes: nodes, Groups: groups}
	}
	container := func(id, name string) spec.Node {
		return spec.Node{ID: id, Label: spec.L(name), Sublabel: Container, Kind: spec.KindContainer, Role: spec.RoleWorker}
	}
	pod := func(id, name, ip string) spec.Node {
		return spec.Node{ID: id, Label: spec.L("Pod " + name), Sublabel: spec.L(ip), Kind: spec.KindPod, Role: spec.RoleWorker}
	}
	proxy := func(n string) spec.Node {
		return spec.Node{ID: "kube-proxy-" + n, Label: KubeProxy, Sublabel: ServiceRules, Kind: spec.KindProxy, Role: spec.RoleWorker}
	}
	return &spec.Graph{
		Nodes: []spec.Node{
			{ID: "client", Label: Client, Sublabel: OutsideTheCluster, Kind: spec.KindUser, Role: spec.RoleExternal},
			{ID: "lb", Label: LoadBalancer, Sublabel: CloudLoadBalancer, Kind: spec.KindServer, Role: spec.RoleExternal},
		},
		Groups: []spec.Group{{ID: "cluster", Label: KubernetesCluster, Nodes: []spec.Node{
			{ID: "ingress", Label: Ingress, Sublabel: IngressL7, Kind: spec.KindIngress, Role: spec.RoleAddon},
			{ID: "coredns", Label: CoreDNS, Sublabel: spec.T("cluster DNS, 10.96.0.10", "集群 DNS，10.96.0.10"), Kind: spec.KindDNS, Role: spec.RoleAddon},
			{ID: "cni", Label: CNIPlugin, Sublabel: CNIExamples, Kind: spec.KindNetwork, Role: spec.RoleNetwork, MinWidth: 520},
		}, Groups: []spec.Group{
			worker("2", []spec.Node{pod("web-2", "web-2", "10.244.2.6"), proxy("2")}, []spec.Group{
				{ID: "pod-a", Label: spec.L("Pod A · 10.244.2.5"), Role: spec.RoleWorker, Nodes: []spec.Node{
					container("app", "app"), container("sidecar", "sidecar"),
				}},
			}),
			{ID: "svc", Label: spec.L("Service web"), Role: spec.RoleNetwork, Style: spec.Dashed, Nodes: []spec.Node{
				{ID: "nodeport", Label: spec.L("NodePort :30080"), Sublabel: OnEveryNode, Kind: spec.KindService, Role: spec.RoleNetwork},
				{ID: "clusterip", Label: spec.L("ClusterIP 10.96.0.20"), Sublabel: VirtualIP, Kind: spec.KindService, Role: spec.RoleNetwork, Style: spec.Dashed},
			}},
			worker("1", []spec.Node{pod("web-1", "web-1", "10.244.1.6"), proxy("1")}, nil),
		}}},
		Edges: []spec.Edge{
			// ① inside Pod A.
			{ID: "e-lo", From: "app", To: "sidecar", Label: spec.T("localhost, over lo", "localhost，经 lo"), Arrow: spec.ArrowBoth},
			// ② Pod A to Pod web-1 on the other node.
			{ID: "e-pod-cni", From: "pod-a", To: "cni", Label: spec.T("to Pod IP 10.244.1.6", "发往 Pod IP 10.244.1.6")},
			{ID: "e-cni-pod", From: "cni", To: "web-1", Label: spec.T("no NAT", "无 NAT"), Reverse: true},
			// ③ Pod A to the Service.
			{ID: "e-dns", From: "pod-a", To: "coredns", Label: spec.T("DNS: web.default.svc.cluster.local\n→ 10.96.0.20", "DNS 解析\nweb.default.svc.cluster.local\n→ 10.96.0.20"), Reverse: true},
			{ID: "e-pod-svc", From: "pod-a", To: "clusterip", Reverse: true},
			{ID: "e-svc-web-2", From: "clusterip", To: "web-2", Label: spec.T("DNAT to a Pod IP", "DNAT 到 Pod IP")},
			{ID: "e-svc-web-1", From: "clusterip", To: "web-1", Label: spec.T("DNAT to a Pod IP", "DNAT 到 Pod IP")},
			// ④ from outside.
			{ID: "e-client-ing", From: "client", To: "ingress", Label: spec.L("HTTP / HTTPS"), MinLen: 2},
			{ID: "e-client-np", From: "client", To: "nodeport", Label: spec.T("node IP:30080", "节点 IP:30080"), MinLen: 2},
			{ID: "e-client-lb", From: "client", To: "lb"},
			{ID: "e-lb-np", From: "lb", To: "nodeport"},
			{ID: "e-ing-svc", From: "ingress", To: "clusterip"},
			{ID: "e-np-svc", From: "nodeport", To: "clusterip"},
			// Layout: web-1 before kube-proxy in node 1. (dot orders the
			// rest well by itself; flat edges between groups would not
			// keep their order anyway.)
			{From: "web-1", To: "kube-proxy-1", Hidden: true},
		},
		SameRank: [][]string{{"coredns", "ingress", "nodeport"}, {"kube-proxy-2", "web-2", "app", "sidecar", "web-1", "kube-proxy-1"}},
		Paths: []spec.Path{
			{ID: networkPathIDs[1], Number: 1, Role: spec.RoleSeries1, Label: PathLo,
				Members: []string{"pod-a", "e-lo"}},
			{ID: networkPathIDs[2], Number: 2, Role: spec.RoleSeries2, Label: PathPod,
				Members: []string{"pod-a", "e-pod-cni", "cni", "e-cni-pod", "web-1"}},
			{ID: networkPathIDs[3], Number: 3, Role: spec.RoleSeries3, Label: PathService,
				Members: []string{"pod-a", "e-dns", "coredns", "e-pod-svc", "clusterip", "e-svc-web-2", "e-svc-web-1", "web-2", "web-1",
					"kube-proxy-2", "kube-proxy-1"}},
			{ID: networkPathIDs[4], Number: 4, Role: spec.RoleSeries4, Label: PathOutside,
				Members: []string{"client", "lb", "ingress", "e-client-np", "e-client-lb", "e-lb-np", "e-client-ing", "e-ing-svc",
					"e-np-svc", "svc", "e-svc-web-2", "e-svc-web-1", "web-2", "web-1", "kube-proxy-2", "kube-proxy-1"}},
		},
		EdgeLabelWidth: 200,
		NodeSep:        50,
		RankSep:        36,
	}
}
