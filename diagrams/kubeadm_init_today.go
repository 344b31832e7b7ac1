package diagrams

import "github.com/kubefig/kubefig/render/spec"

// KubeadmInitToday is the kubeadm init phases of current kubeadm, in the
// order its reference lists them (kubeadm init --help, v1.35), with the
// phases that moved, were added or changed since the notes (v1.14–v1.16)
// marked.
func KubeadmInitToday() *spec.Diagram {
	step := func(id string, desc spec.Text, badge string, notes ...spec.Note) spec.Step {
		return spec.Step{ID: id, Title: spec.L(id), Desc: desc, Notes: notes, Role: spec.RoleControl, Badge: badge}
	}
	// since is a remark on what changed, tinted like the step's badge.
	since := func(role, en, zh string) spec.Note { return spec.Note{Text: spec.T(en, zh), Role: role} }
	return &spec.Diagram{
		ID:    "kubeadm-init-today",
		Title: spec.T("kubeadm init: the phases today", "kubeadm init 工作流程：如今的阶段"),
		Subtitle: spec.T("The fourteen phases of kubeadm v1.35, in the order kubeadm init --help lists them; marked where they differ from the notes (kubeadm v1.14–v1.16).",
			"kubeadm v1.35 的十四个阶段，按 kubeadm init --help 所列顺序排列；与笔记（kubeadm v1.14–v1.16）不同之处已标出。"),
		Notes: []spec.Text{
			spec.T("Upstream: kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/ (phase list, v1.35); versions from the Kubernetes CHANGELOG (v1.17, v1.19, v1.26, v1.28, v1.29, v1.34).",
				"上游资料：kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/（阶段列表，v1.35）；版本号出自 Kubernetes CHANGELOG（v1.17、v1.19、v1.26、v1.28、v1.29、v1.34）。"),
		},
		Pipeline: &spec.Pipeline{
			Badges: []spec.Badge{
				{ID: "moved", Label: BadgeMoved, Role: spec.RoleWarning,
					Legend: spec.T("moved: runs at another point than in the notes", "位置变化：执行位置与笔记不同")},
				{ID: "new", Label: BadgeNew, Role: spec.RoleSuccess,
					Legend: spec.T("new: not in the notes' list", "新增：笔记的列表中没有")},
				{ID: "changed", Label: BadgeChanged, Role: spec.RoleInfo,
					Legend: spec.T("changed: same place, different output", "已变化：位置相同，产物不同")},
			},
			Steps: []spec.Step{
				step("preflight", DescPreflight, "", notes(PullsImages)...),
				step("certs", DescCerts, "", notes(ArtPKI)...),
				step("kubeconfig", DescKubeconfig, "changed", append(kubeconfigFiles(true),
					since(spec.RoleInfo, "super-admin.conf: new in v1.29", "super-admin.conf：v1.29 新增"))...),
				step("etcd", DescEtcd, "moved", notes(ArtEtcdManifest)[0],
					since(spec.RoleWarning, "now before control-plane", "现位于 control-plane 之前")),
				step("control-plane", DescControlPlane, "", manifestFiles()...),
				step("kubelet-start", spec.T("Writes the kubelet configuration and (re)starts the kubelet, which starts the static Pods",
					"生成 kubelet 配置，启动或重启 kubelet，由它启动各静态 Pod"), "moved",
					append(notes(ArtKubeletCfg, ArtKubeletEnv),
						since(spec.RoleWarning, "notes: 2nd phase; after kubeconfig since v1.19; after etcd and control-plane since v1.28",
							"笔记中为第 2 个阶段；v1.19 起移到 kubeconfig 之后，v1.28 起移到 etcd 与 control-plane 之后"))...),
				step("wait-control-plane", spec.T("Waits for the kubelet and the control-plane components to become healthy",
					"等待 kubelet 与各控制平面组件就绪"), "new",
					since(spec.RoleSuccess, "a hidden phase since v1.13; listed, and checking every component, since v1.34",
						"v1.13 起即为隐藏阶段；v1.34 起列出，并检查所有组件")),
				step("upload-config", DescUploadConfig, "", append(notes(ArtKubeadmCfgCM, spec.L("kube-system/kubelet-config")),
					since(spec.RoleInfo, "named kubelet-config-1.x until v1.23", "v1.23 及以前名为 kubelet-config-1.x"))...),
				step("upload-certs", DescUploadCerts, "", notes(ArtKubeadmCerts, OnlyWithUploadCert)...),
				step("mark-control-plane", spec.T("Marks the node as a control-plane node", "设定控制平面节点标志"), "changed",
					append(notes(spec.L("label node-role.kubernetes.io/control-plane"),
						spec.L("taint node-role.kubernetes.io/control-plane:NoSchedule")),
						since(spec.RoleInfo, "master label until v1.23, master taint until v1.24",
							"v1.23 及以前用 master 标签，v1.24 及以前用 master 污点"))...),
				step("bootstrap-token", DescBootstrapToken, "", notes(ArtClusterInfo, BootstrapTokenArts)...),
				step("kubelet-finalize", spec.T("Updates kubelet settings after TLS bootstrap: kubelet.conf uses the rotating client certificate",
					"TLS Bootstrap 之后更新 kubelet 设置：kubelet.conf 改用可轮换的客户端证书"), "new",
					spec.Note{Text: spec.L("/var/lib/kubelet/pki/kubelet-client-current.pem")},
					since(spec.RoleSuccess, "new in v1.17", "v1.17 新增")),
				step("addon", DescAddon, "", notes(spec.L("Deployment coredns"), spec.L("DaemonSet kube-proxy"))...),
				step("show-join-command", spec.T("Prints the kubeadm join commands for control-plane and worker nodes",
					"打印控制平面节点与工作节点的 kubeadm join 命令"), "new",
					since(spec.RoleSuccess, "new in v1.26", "v1.26 新增")),
			},
			Stages: []spec.Stage{
				{ID: "prepare", Label: StagePrepareNode, Steps: []string{"preflight"}},
				{ID: "files", Label: StageWriteFiles, Steps: []string{"certs", "kubeconfig", "etcd", "control-plane"}},
				{ID: "start", Label: StageStartCP, Steps: []string{"kubelet-start", "wait-control-plane"}},
				{ID: "cluster", Label: StageThroughAPI, Steps: []string{"upload-config", "upload-certs", "mark-control-plane", "bootstrap-token", "kubelet-finalize", "addon"}},
				{ID: "finish", Label: StageFinish, Steps: []string{"show-join-command"}},
			},
		},
	}
}
