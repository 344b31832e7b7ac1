package diagrams

import "github.com/kubefig/kubefig/render/spec"

// KubeadmOverview is notes §2.1.1, §2.1.2 and §2.1.5 as a card grid: the
// four subcommands, the three ways cluster components run, and the
// configuration kinds of kubeadm init --config, each checked against
// today's kubeadm reference (v1.35).
func KubeadmOverview() *spec.Diagram {
	card := func(id string, title, desc spec.Text, badge string, notes ...spec.Note) spec.Card {
		return spec.Card{ID: id, Title: title, Desc: desc, Badge: badge, Notes: notes}
	}
	remark := func(role, en, zh string) spec.Note { return spec.Note{Text: spec.T(en, zh), Role: role} }
	return &spec.Diagram{
		ID:    "kubeadm-overview",
		Title: spec.T("kubeadm at a glance", "kubeadm 概览"),
		Subtitle: spec.T("Its subcommands, the ways cluster components run, and its configuration kinds: the notes (kubeadm v1.14–v1.16) checked against kubeadm v1.35.",
			"子命令、集群组件的运行模式与配置类型：笔记（kubeadm v1.14–v1.16）的说法与 kubeadm v1.35 对照。"),
		Notes: []spec.Text{
			spec.T("Notes, sections 2.1.1, 2.1.2 and 2.1.5. Upstream: kubernetes.io/docs/reference/setup-tools/kubeadm/, kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/ and the Kubernetes CHANGELOG (v1.13, v1.20, v1.21, v1.24).",
				"笔记第 2.1.1、2.1.2、2.1.5 节。上游资料：kubernetes.io/docs/reference/setup-tools/kubeadm/、kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/ 与 Kubernetes CHANGELOG（v1.13、v1.20、v1.21、v1.24）。"),
		},
		Cards: &spec.Cards{
			Badges: []spec.Badge{
				{ID: "default", Label: BadgeDefault, Role: spec.RoleSuccess,
					Legend: spec.T("default: what kubeadm sets up", "默认：kubeadm 采用的方式")},
				{ID: "removed", Label: BadgeRemoved, Role: spec.RoleDanger,
					Legend: spec.T("removed from today's kubeadm", "如今的 kubeadm 已移除")},
				{ID: "one-required", Label: spec.T("one of two required", "二者至少其一"), Role: spec.RoleWarning,
					Legend: spec.T("kubeadm init needs at least one of InitConfiguration and ClusterConfiguration (v1beta4 reference); the notes say both",
						"kubeadm init 至少需要 InitConfiguration 与 ClusterConfiguration 之一（v1beta4 参考文档）；笔记称二者均为强制要求")},
			},
			Sections: []spec.Section{
				{ID: "subcommands", Title: spec.T("Subcommands", "子命令"), Role: spec.RoleControl, Columns: 4,
					Cards: []spec.Card{
						card("init", CmdKubeadmInit, spec.T("Creates a new control plane", "创建新的控制平面"), ""),
						card("join", CmdKubeadmJoin, spec.T("Joins a node to an existing control plane", "将节点加入指定的控制平面"), ""),
						card("reset", CmdKubeadmReset, spec.T("Resets the host to its initial state: reverts what init or join did", "将节点重置回初始状态：撤销 init 或 join 所做的更改"), ""),
						card("token", CmdKubeadmToken, spec.T("Manages the bootstrap tokens nodes use to join the cluster", "管理节点加入集群时使用的认证令牌"), ""),
					},
					Note: spec.T("Today kubeadm also has upgrade, config, certs, kubeconfig, version and alpha.",
						"如今 kubeadm 还提供 upgrade、config、certs、kubeconfig、version 与 alpha 子命令。")},
				{ID: "run-modes", Title: spec.T("How cluster components run", "集群组件的运行模式"), Role: spec.RoleWorker, Columns: 3,
					Cards: []spec.Card{
						card("standalone", spec.T("Standalone daemons", "独立组件模式"),
							spec.T("Control-plane and node components run directly on the hosts as daemons, e.g. a binary install",
								"Master 与 Node 各组件以守护进程的方式直接运行于节点之上，如二进制部署"), ""),
						card("static-pods", spec.T("Static Pods", "静态 Pod 模式"),
							spec.T("The control plane runs as static Pods on the control-plane hosts; kubelet and the container runtime are system daemons; kube-proxy runs from a DaemonSet",
								"控制平面各组件以静态 Pod 运行在 Master 主机上；kubelet 与容器运行时为系统守护进程；kube-proxy 由 DaemonSet 托管"), "default",
							spec.Note{Text: spec.L("/etc/kubernetes/manifests/")},
							remark(spec.RoleInfo, "notes: kubelet and Docker; Docker through dockershim until v1.24, today containerd or CRI-O",
								"笔记为 kubelet 与 Docker；经 dockershim 使用 Docker 至 v1.24 为止，如今为 containerd 或 CRI-O")),
						card("self-hosted", spec.T("Self-hosted", "自托管模式"),
							spec.T("Like static Pods, but the control plane runs as ordinary Pods on the cluster, managed by DaemonSets",
								"类似静态 Pod 模式，但控制平面各组件运行为集群上的普通 Pod（非静态），受控于 DaemonSet"), "removed",
							remark(spec.RoleDanger, "until v1.12: kubeadm init --feature-gates=SelfHosting=true; v1.13–v1.20: kubeadm alpha selfhosting pivot; removed in v1.21",
								"v1.12 及以前：kubeadm init --feature-gates=SelfHosting=true；v1.13–v1.20：kubeadm alpha selfhosting pivot；v1.21 移除")),
					}},
				{ID: "config-kinds", Title: spec.T("Configuration kinds of kubeadm init --config", "kubeadm init --config 的配置类型"), Role: spec.RoleAddon, Columns: 4,
					Cards: []spec.Card{
						card("init-configuration", spec.L("InitConfiguration"),
							spec.T("Runtime settings of this node: bootstrap tokens, node registration, local API endpoint",
								"提供运行时配置：引导令牌、节点注册信息、本地 API 端点"), "one-required",
							spec.Note{Text: spec.L("kubeadm.k8s.io/v1beta4")}),
						card("cluster-configuration", spec.L("ClusterConfiguration"),
							spec.T("Cluster-wide settings: networking, etcd, control-plane components",
								"定义集群配置：网络、etcd、控制平面各组件"), "one-required",
							spec.Note{Text: spec.L("kubeadm.k8s.io/v1beta4")}),
						card("kube-proxy-configuration", spec.L("KubeProxyConfiguration"),
							spec.T("Settings for every kube-proxy; defaults when left out",
								"传递给 kube-proxy 的自定义配置；省略时使用默认值"), "",
							spec.Note{Text: spec.L("kubeproxy.config.k8s.io/v1alpha1")}),
						card("kubelet-configuration", spec.L("KubeletConfiguration"),
							spec.T("Settings for every kubelet; defaults when left out",
								"传递给 kubelet 的自定义配置；省略时使用默认值"), "",
							spec.Note{Text: spec.L("kubelet.config.k8s.io/v1beta1")}),
					},
					Note: spec.T("kubeadm config print init-defaults prints the defaults. The notes' era used v1beta1/v1beta2; today v1beta4, which also has JoinConfiguration, ResetConfiguration and UpgradeConfiguration.",
						"kubeadm config print init-defaults 可打印默认配置。笔记所在年代为 v1beta1/v1beta2；如今为 v1beta4，另有 JoinConfiguration、ResetConfiguration 与 UpgradeConfiguration。")},
			},
		},
	}
}
