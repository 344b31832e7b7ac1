package diagrams

import "github.com/kubefig/kubefig/render/spec"

// ClusterArchitecture is notes §1.2.2: the control plane, worker nodes and
// core add-ons, and who talks to whom. Only kube-apiserver talks to etcd;
// every other component talks to kube-apiserver.
func ClusterArchitecture() *spec.Diagram {
	const addonWidth = 220 // one width for the add-ons: a tidy grid
	node := func(n string) spec.Group {
		id := func(s string) string { return s + "-" + n }
		return spec.Group{
			ID: "node-" + n, Label: spec.T("Worker node "+n, "工作节点 "+n), Role: spec.RoleWorker,
			Nodes: []spec.Node{
				{ID: id("kubelet"), Label: Kubelet, Sublabel: NodeAgent, Kind: spec.KindAgent, Role: spec.RoleWorker},
				{ID: id("kube-proxy"), Label: KubeProxy, Sublabel: ServiceRules, Kind: spec.KindProxy, Role: spec.RoleWorker},
				{ID: id("runtime"), Label: ContainerRuntime, Sublabel: RuntimeExamples, Kind: spec.KindRuntime, Role: spec.RoleWorker},
				{ID: id("pods"), Label: spec.T("Pods", "Pod"), Sublabel: ApplicationPods, Kind: spec.KindPod, Role: spec.RoleWorker},
			},
		}
	}
	edges := []spec.Edge{
		{From: "kubectl", To: "kube-apiserver", Label: spec.T("REST over HTTPS", "HTTPS 上的 REST"), Role: spec.RoleExternal},
		{From: "kube-apiserver", To: "etcd", Label: spec.T("the only client", "唯一的客户端"), Role: spec.RoleStore, Arrow: spec.ArrowBoth},
		{From: "kube-controller-manager", To: "kube-apiserver", Label: spec.T("watch, reconcile", "监视并调谐"), Role: spec.RoleControl},
		{From: "kube-scheduler", To: "kube-apiserver", Label: spec.T("watch, bind Pods", "监视并绑定 Pod"), Role: spec.RoleControl},
	}
	for _, n := range []string{"1", "2"} {
		edges = append(edges,
			spec.Edge{From: "kubelet-" + n, To: "kube-apiserver", Label: spec.T("Pod specs, node status", "Pod 规约、节点状态"), Role: spec.RoleWorker, Reverse: true},
			spec.Edge{From: "kube-proxy-" + n, To: "kube-apiserver", Label: spec.T("watch Services", "监视 Service"), Role: spec.RoleWorker, Reverse: true},
			spec.Edge{From: "kubelet-" + n, To: "runtime-" + n, Label: spec.L("CRI"), Role: spec.RoleWorker},
			spec.Edge{From: "runtime-" + n, To: "pods-" + n, Label: spec.T("runs", "运行"), Role: spec.RoleWorker},
		)
	}
	edges = append(edges,
		spec.Edge{From: "addons", To: "kube-apiserver", Label: spec.T("run as Pods, use the API", "以 Pod 运行，调用 API"), Role: spec.RoleAddon, Reverse: true},
		// Stack the add-ons two by two instead of one long row.
		spec.Edge{From: "coredns", To: "monitoring", Hidden: true},
		spec.Edge{From: "dashboard", To: "logging", Hidden: true},
		spec.Edge{From: "monitoring", To: "ingress-controller", Hidden: true},
	)

	return &spec.Diagram{
		ID:       "cluster-architecture",
		Title:    spec.T("Kubernetes cluster architecture", "Kubernetes 集群架构"),
		Subtitle: spec.T("Every component talks to kube-apiserver; only kube-apiserver talks to etcd.", "所有组件都只与 kube-apiserver 通信；只有 kube-apiserver 访问 etcd。"),
		Notes: []spec.Text{
			spec.T("Notes, section 1.2.2. Container runtime: the notes' era used Docker Engine through the kubelet's dockershim, removed in v1.24; today the kubelet talks CRI to containerd or CRI-O.",
				"笔记第 1.2.2 节。容器运行时：笔记所在年代经 kubelet 内置的 dockershim 使用 Docker Engine，该组件已在 v1.24 移除；如今 kubelet 通过 CRI 调用 containerd 或 CRI-O。"),
		},
		Graph: &spec.Graph{
			Nodes: []spec.Node{
				{ID: "kubectl", Label: Kubectl, Sublabel: CommandLineClient, Kind: spec.KindCLI, Role: spec.RoleExternal},
			},
			Groups: []spec.Group{
				{ID: "control-plane", Label: ControlPlane, Role: spec.RoleControl, Nodes: []spec.Node{
					{ID: "kube-apiserver", Label: KubeAPIServer, Sublabel: APIServerRole, Kind: spec.KindAPIServer, Role: spec.RoleControl, MinWidth: 380},
					{ID: "etcd", Label: Etcd, Sublabel: ClusterStateStore, Kind: spec.KindStore, Role: spec.RoleStore},
					{ID: "kube-controller-manager", Label: KubeControllerManager, Sublabel: ControllerManager, Kind: spec.KindController, Role: spec.RoleControl},
					{ID: "kube-scheduler", Label: KubeScheduler, Sublabel: Scheduler, Kind: spec.KindScheduler, Role: spec.RoleControl},
				}},
				node("1"),
				node("2"),
				{ID: "addons", Label: CoreAddons, Role: spec.RoleAddon, Nodes: []spec.Node{
					{ID: "coredns", Label: CoreDNS, Sublabel: ClusterDNS, Kind: spec.KindDNS, Role: spec.RoleAddon, MinWidth: addonWidth},
					{ID: "dashboard", Label: Dashboard, Sublabel: WebUI, Kind: spec.KindDashboard, Role: spec.RoleAddon, MinWidth: addonWidth},
					{ID: "monitoring", Label: Monitoring, Sublabel: MonitoringExamples, Kind: spec.KindMonitoring, Role: spec.RoleAddon, MinWidth: addonWidth},
					{ID: "logging", Label: Logging, Sublabel: LoggingExamples, Kind: spec.KindLogging, Role: spec.RoleAddon, MinWidth: addonWidth},
					{ID: "ingress-controller", Label: IngressController, Sublabel: HTTPRouting, Kind: spec.KindIngress, Role: spec.RoleAddon, MinWidth: addonWidth},
				}},
			},
			Edges:    edges,
			SameRank: [][]string{{"kube-apiserver", "etcd"}, {"coredns", "dashboard"}, {"monitoring", "logging"}},
			NodeSep:  50,
			RankSep:  52,
		},
	}
}
