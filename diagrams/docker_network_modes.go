package diagrams

import "github.com/kubefig/kubefig/render/spec"

// DockerNetworkModes is notes §1.1.1: Docker's four network modes side by
// side. bridge: each container in its own network namespace, joined to
// the docker0 bridge by a veth pair, NAT to the host's interface; host:
// the container shares the host's network namespace; container: it joins
// another container's network namespace, which is how a Pod's containers
// share one; none: loopback only. The notes' cross-host options are a
// footnote.
func DockerNetworkModes() *spec.Diagram {
	const w = 210 // one width for every box: four even columns
	ctr := func(id string, label, sub spec.Text) spec.Node {
		return spec.Node{ID: id, Label: label, Sublabel: sub, Kind: spec.KindContainer, Role: spec.RoleWorker, MinWidth: w}
	}
	hostEth := func(id string, sub spec.Text) spec.Node {
		return spec.Node{ID: id, Label: HostEth0, Sublabel: sub, Kind: spec.KindServer, Role: spec.RoleExternal, MinWidth: w}
	}
	return &spec.Diagram{
		ID:    "docker-network-modes",
		Title: spec.T("Docker's four network modes", "Docker 的四种网络模型"),
		Subtitle: spec.T("docker run --network bridge | host | container:<name> | none: which network namespace a container gets, and how it reaches the outside.",
			"docker run --network bridge | host | container:<name> | none：容器得到哪个网络名称空间，又如何与外部通信。"),
		Notes: []spec.Text{
			spec.T("Across hosts (notes): an overlay network tunnels container traffic between hosts (e.g. VXLAN: Docker's overlay driver, Flannel); a routing network routes each host's container subnet instead (e.g. Calico with BGP).",
				"跨主机通信（笔记）：overlay network 在主机之间以隧道承载容器流量（如 VXLAN：Docker 的 overlay 驱动、Flannel）；routing network 则为每台主机的容器子网配置路由（如 Calico 借助 BGP）。"),
			spec.T("A Pod's containers share one network namespace the same way: each joins the namespace the Pod's pause (sandbox) container holds, so they talk over localhost.",
				"Pod 内的容器以同样的方式共享一个网络名称空间：它们都加入 Pod 的 pause（sandbox）容器持有的名称空间，因此可经 localhost 通信。"),
			spec.T("Notes, section 1.1.1. Upstream: docs.docker.com/engine/network/ (bridge, host and none drivers; --network container:<name>) and kubernetes.io/docs/concepts/workloads/pods/ (Pod networking).",
				"笔记第 1.1.1 节。上游资料：docs.docker.com/engine/network/（bridge、host、none 驱动；--network container:<name>）与 kubernetes.io/docs/concepts/workloads/pods/（Pod 网络）。"),
		},
		Graph: &spec.Graph{
			Nodes: []spec.Node{
				{ID: "outside", Label: spec.T("The network outside", "外部网络"), Sublabel: spec.T("other hosts, the internet: none mode cannot reach it", "其它主机、互联网：none 模式无法访问"),
					Kind: spec.KindNetwork, Role: spec.RoleExternal, MinWidth: 900},
			},
			Groups: []spec.Group{
				{ID: "bridge", Label: spec.T("bridge (the default)", "桥接模式（默认）"), Role: spec.RoleNetwork, Groups: []spec.Group{
					{ID: "netns-a", Label: OwnNetns, Role: spec.RoleWorker, Style: spec.Dashed, Nodes: []spec.Node{
						ctr("bridge-a", spec.T("container A", "容器 A"), spec.L("eth0 172.17.0.2")),
					}},
					{ID: "netns-b", Label: OwnNetns, Role: spec.RoleWorker, Style: spec.Dashed, Nodes: []spec.Node{
						ctr("bridge-b", spec.T("container B", "容器 B"), spec.L("eth0 172.17.0.3")),
					}},
				}, Nodes: []spec.Node{
					{ID: "docker0", Label: spec.L("docker0"), Sublabel: spec.T("Linux bridge, 172.17.0.1/16", "Linux 网桥，172.17.0.1/16"), Kind: spec.KindNetwork, Role: spec.RoleNetwork, MinWidth: w},
					hostEth("bridge-eth0", spec.T("NAT: masquerade; -p publishes", "NAT：出向伪装；-p 发布端口")),
				}},
				{ID: "host", Label: spec.T("host", "主机模式"), Role: spec.RoleNetwork, Groups: []spec.Group{
					{ID: "host-netns", Label: spec.T("the host's network namespace", "宿主机的网络名称空间"), Role: spec.RoleExternal, Style: spec.Dashed, Nodes: []spec.Node{
						ctr("host-c", spec.T("container", "容器"), spec.T("no netns of its own", "没有自己的 netns")),
						hostEth("host-eth0", spec.T("the host's own interface", "宿主机自己的网卡")),
					}},
				}},
				{ID: "container", Label: spec.T("container", "容器模式"), Role: spec.RoleNetwork, Groups: []spec.Group{
					{ID: "shared-netns", Label: spec.T("one netns, shared: as in a Pod", "共享一个 netns：Pod 亦然"), Role: spec.RoleWorker, Style: spec.Dashed, Nodes: []spec.Node{
						ctr("shared-a", spec.T("container A", "容器 A"), spec.T("owns the netns: eth0 + lo", "netns 的创建者：eth0 + lo")),
						ctr("shared-b", spec.T("container B", "容器 B"), spec.L("--network container:A")),
					}},
				}},
				{ID: "none", Label: spec.T("none", "无网络"), Role: spec.RoleNetwork, Groups: []spec.Group{
					{ID: "none-netns", Label: spec.T("own netns, no interfaces", "独立 netns，无网卡"), Role: spec.RoleWorker, Style: spec.Dashed, Nodes: []spec.Node{
						ctr("none-c", spec.T("container", "容器"), spec.T("networking disabled", "网络已禁用")),
						{ID: "none-lo", Label: spec.L("lo"), Sublabel: spec.T("loopback only: 127.0.0.1", "仅有回环接口：127.0.0.1"), Kind: spec.KindNetwork, Role: spec.RoleWorker, MinWidth: w},
					}},
				}},
			},
			Edges: []spec.Edge{
				{From: "bridge-a", To: "docker0", Label: VethPair, Arrow: spec.ArrowNone, Role: spec.RoleNetwork},
				{From: "bridge-b", To: "docker0", Label: VethPair, Arrow: spec.ArrowNone, Role: spec.RoleNetwork},
				{From: "docker0", To: "bridge-eth0", Label: spec.T("routed, NAT", "路由并 NAT"), Arrow: spec.ArrowBoth, Role: spec.RoleNetwork},
				{From: "host-c", To: "host-eth0", Label: spec.T("host ports, directly", "直接用宿主机端口"), Arrow: spec.ArrowBoth, Role: spec.RoleExternal},
				{From: "shared-a", To: "shared-b", Label: spec.T("localhost, over lo", "经 lo 访问 localhost"), Arrow: spec.ArrowBoth, Role: spec.RoleWorker},
				{From: "bridge-eth0", To: "outside", Arrow: spec.ArrowBoth, Role: spec.RoleExternal},
				{From: "host-eth0", To: "outside", Arrow: spec.ArrowBoth, Role: spec.RoleExternal},
				{From: "shared-b", To: "outside", Label: spec.T("through the shared eth0", "经共享的 eth0"), Style: spec.Dashed, Arrow: spec.ArrowBoth, Role: spec.RoleExternal},
				{From: "none-c", To: "none-lo", Label: spec.T("only to itself", "只能访问自身"), Arrow: spec.ArrowBoth, Role: spec.RoleWorker},
			},
			SameRank: [][]string{{"bridge-a", "bridge-b", "host-c", "shared-a", "none-c"}, {"docker0", "host-eth0", "shared-b", "none-lo"}},
			NodeSep:  80,
			RankSep:  84,
		},
	}
}
