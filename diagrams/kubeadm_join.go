package diagrams

import "github.com/kubefig/kubefig/render/spec"

// KubeadmJoin is notes §2.1.4: kubeadm join for a control-plane node in
// the notes' six steps (titled with the phase names of kubeadm
// v1.14–v1.16), the worker-node path as the shorter branch, and on each
// card what today's kubeadm join (v1.35) does differently.
func KubeadmJoin() *spec.Diagram {
	step := func(id, title string, desc spec.Text, badge string, notes ...spec.Note) spec.Step {
		return spec.Step{ID: id, Title: spec.L(title), Desc: desc, Notes: notes, Role: spec.RoleControl, Badge: badge}
	}
	today := func(role, en, zh string) spec.Note { return spec.Note{Text: spec.T(en, zh), Role: role} }
	return &spec.Diagram{
		ID:    "kubeadm-join",
		Title: spec.T("kubeadm join: adding a control-plane node", "kubeadm join 工作流程：加入控制平面节点"),
		Subtitle: spec.T("The notes' six steps, titled with the phases of kubeadm v1.14–v1.16; a worker node takes the short path. Each card says where kubeadm v1.35 differs.",
			"笔记中的六个步骤，以 kubeadm v1.14–v1.16 的阶段名为标题；工作节点走较短的分支。每张卡片注明了 kubeadm v1.35 的不同之处。"),
		Notes: []spec.Text{
			spec.T("Today's phases (kubeadm join --help, v1.35): preflight → control-plane-prepare → kubelet-start → etcd-join → kubelet-wait-bootstrap → control-plane-join (mark-control-plane) → wait-control-plane.",
				"如今的阶段（kubeadm join --help，v1.35）：preflight → control-plane-prepare → kubelet-start → etcd-join → kubelet-wait-bootstrap → control-plane-join（mark-control-plane）→ wait-control-plane。"),
			spec.T("Notes, section 2.1.4. Upstream: kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-join/ and the Kubernetes CHANGELOG (v1.20, v1.22, v1.24, v1.25, v1.30, v1.31, v1.34, v1.35).",
				"笔记第 2.1.4 节。上游资料：kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-join/ 与 Kubernetes CHANGELOG（v1.20、v1.22、v1.24、v1.25、v1.30、v1.31、v1.34、v1.35）。"),
		},
		Pipeline: &spec.Pipeline{
			Badges: []spec.Badge{
				{ID: "changed", Label: BadgeChanged, Role: spec.RoleInfo,
					Legend: spec.T("changed in today's kubeadm", "如今的 kubeadm 已变化")},
				{ID: "removed", Label: BadgeRemoved, Role: spec.RoleDanger,
					Legend: spec.T("removed from today's kubeadm", "如今的 kubeadm 已移除")},
				{ID: "new", Label: BadgeNew, Role: spec.RoleSuccess,
					Legend: spec.T("new: not in the notes", "新增：笔记中没有")},
			},
			Steps: []spec.Step{
				step("preflight", "preflight", spec.T("Pre-flight checks of the environment", "环境预检查"), "",
					spec.Note{Text: spec.T("reads the cluster's kubeadm-config", "读取集群的 kubeadm-config")},
					spec.Note{Text: spec.T("with --control-plane: more checks, and pulls the control-plane images", "带 --control-plane 时：追加检查并拉取控制平面镜像")}),
				step("prepare", "control-plane-prepare",
					spec.T("Fetches the cluster info and the certificates the control plane shares; writes this node's certificates, kubeconfig files and manifests",
						"从集群控制平面获取集群信息与共享的数字证书；生成本节点的证书、kubeconfig 文件与清单"), "",
					notes(ArtClusterInfo, spec.L("kube-system/kubeadm-certs"), spec.L("--certificate-key"), ArtPKI, spec.L("/etc/kubernetes/manifests/"))...),
				step("kubelet-start", "kubelet-start",
					spec.T("Updates the configuration and completes TLS bootstrap: the kubelet gets a signed client certificate",
						"更新配置信息并完成 TLS Bootstrap：kubelet 获得签发的客户端证书"), "changed",
					append(notes(ArtKubeletConf, ArtKubeletCfg),
						today(spec.RoleInfo, "v1.35: waiting for the bootstrap is a phase of its own, kubelet-wait-bootstrap, after etcd-join",
							"v1.35：等待引导完成成为独立阶段 kubelet-wait-bootstrap，位于 etcd-join 之后"))...),
				step("etcd", "control-plane-join/etcd",
					spec.T("Writes the manifest of a local etcd member; the kubelet starts it as a static Pod",
						"为本地运行的 etcd 生成配置清单，由 kubelet 以静态 Pod 启动"), "changed",
					notes(ArtEtcdManifest)[0],
					today(spec.RoleInfo, "v1.35: the phase etcd-join, right after kubelet-start", "v1.35：独立阶段 etcd-join，紧随 kubelet-start")),
				step("update-status", "control-plane-join/update-status",
					spec.T("Uploads the node's information to the kubeadm-config ConfigMap in the kube-system namespace",
						"将节点信息上传到 kube-system 名称空间中 ConfigMap 对象 kubeadm-config"), "removed",
					spec.Note{Text: spec.L("kube-system/kubeadm-config: ClusterStatus")},
					today(spec.RoleDanger, "ClusterStatus removed in v1.22 (endpoints come from annotations on the etcd Pods); the phase removed in v1.31",
						"v1.22 移除 ClusterStatus（端点改由 etcd Pod 上的注解记录）；该阶段于 v1.31 移除")),
				step("mark-control-plane", "control-plane-join/mark-control-plane",
					spec.T("Adds the control-plane label and taint to the node", "为该节点添加控制平面专用标签和污点"), "changed",
					append(notes(spec.L("label node-role.kubernetes.io/control-plane"), spec.L("taint node-role.kubernetes.io/control-plane:NoSchedule")),
						today(spec.RoleInfo, "v1.14–v1.16: node-role.kubernetes.io/master; control-plane label since v1.20, taint since v1.24",
							"v1.14–v1.16 为 node-role.kubernetes.io/master；control-plane 标签自 v1.20、污点自 v1.24 起使用"))...),
				step("wait-control-plane", "wait-control-plane",
					spec.T("Waits for this node's control-plane components to become healthy", "等待本节点的控制平面组件就绪"), "new",
					today(spec.RoleSuccess, "experimental in v1.30; a regular phase since v1.34", "v1.30 起为实验性阶段；v1.34 起成为正式阶段")),
			},
			Stages: []spec.Stage{
				{ID: "every-node", Label: spec.T("every node", "所有节点"), Steps: []string{"preflight"}},
				{ID: "control-plane-node", Label: spec.T("control-plane node (kubeadm join --control-plane)", "控制平面节点（kubeadm join --control-plane）"), Role: spec.RoleControl,
					Steps: []string{"prepare", "kubelet-start", "etcd", "update-status", "mark-control-plane", "wait-control-plane"}},
			},
			Branches: []spec.Branch{{
				ID: "worker", From: "preflight", Role: spec.RoleWorker,
				Label: spec.T("worker node: the short path", "工作节点：较短的分支"),
				Steps: []spec.Step{{
					ID: "worker-kubelet-start", Title: spec.L("kubelet-start"), Role: spec.RoleWorker,
					Desc: spec.T("Fetches the cluster info, completes TLS bootstrap and starts the kubelet; the node registers itself",
						"获取集群信息，完成 TLS Bootstrap 并启动 kubelet，节点自行注册"),
					Notes: append(notes(ArtClusterInfo, ArtKubeletConf),
						today(spec.RoleInfo, "v1.35: then kubelet-wait-bootstrap", "v1.35：其后为 kubelet-wait-bootstrap")),
				}},
			}},
		},
	}
}
