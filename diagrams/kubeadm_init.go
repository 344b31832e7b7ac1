package diagrams

import "github.com/kubefig/kubefig/render/spec"

// KubeadmInit is notes §2.1.3: the eleven phases of kubeadm init in the
// order the notes list them, which is the order kubeadm v1.14–v1.16 ran
// them in (upload-certs arrived in v1.14; v1.17 added kubelet-finalize
// after bootstrap-token).
func KubeadmInit() *spec.Diagram {
	step := func(id string, desc spec.Text, notes ...spec.Note) spec.Step {
		return spec.Step{ID: id, Title: spec.L(id), Desc: desc, Notes: notes, Role: spec.RoleControl}
	}
	note := func(t spec.Text) spec.Note { return spec.Note{Text: t} }
	return &spec.Diagram{
		ID:    "kubeadm-init",
		Title: spec.T("kubeadm init: the phases as the notes list them", "kubeadm init 工作流程：笔记所列的阶段"),
		Subtitle: spec.T("The order of kubeadm v1.14–v1.16: upload-certs arrived in v1.14, and v1.17 added kubelet-finalize after bootstrap-token.",
			"这是 kubeadm v1.14–v1.16 的执行顺序：upload-certs 于 v1.14 加入，v1.17 起在 bootstrap-token 之后新增 kubelet-finalize。"),
		Notes: []spec.Text{
			spec.T("Notes, section 2.1.3. Those versions also ran a hidden phase, wait-control-plane, after etcd: it waited for the kubelet to start the static Pods and was not listed by kubeadm init --help until v1.34.",
				"笔记第 2.1.3 节。这些版本在 etcd 之后还会运行隐藏阶段 wait-control-plane：等待 kubelet 启动各静态 Pod，直到 v1.34 才出现在 kubeadm init --help 的列表中。"),
			spec.T("Today's order: see kubeadm-init-today. Upstream: kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/ and the Kubernetes CHANGELOG.",
				"如今的顺序见 kubeadm-init-today。上游资料：kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/ 与 Kubernetes CHANGELOG。"),
		},
		Pipeline: &spec.Pipeline{
			Steps: []spec.Step{
				step("preflight", DescPreflight, note(PullsImages)),
				step("kubelet-start", DescKubeletStart, notes(ArtKubeletCfg, ArtKubeletEnv)...),
				step("certs", DescCerts, note(ArtPKI)),
				step("kubeconfig", DescKubeconfig, kubeconfigFiles(false)...),
				step("control-plane", DescControlPlane, manifestFiles()...),
				step("etcd", DescEtcd, note(ArtEtcdManifest)),
				step("upload-config", DescUploadConfig, notes(ArtKubeadmCfgCM, spec.L("kube-system/kubelet-config-1.x"))...),
				step("upload-certs", DescUploadCerts, note(ArtKubeadmCerts),
					note(spec.T("only with --upload-certs (v1.14: --experimental-upload-certs); expires after 2 h",
						"仅在指定 --upload-certs 时（v1.14 为 --experimental-upload-certs）；2 小时后过期"))),
				step("mark-control-plane", DescMarkCP, notes(spec.L("label node-role.kubernetes.io/master"),
					spec.L("taint node-role.kubernetes.io/master:NoSchedule"))...),
				step("bootstrap-token", DescBootstrapToken, notes(ArtClusterInfo, BootstrapTokenArts)...),
				step("addon", DescAddon, notes(spec.L("Deployment coredns"), spec.L("DaemonSet kube-proxy"))...),
			},
			Stages: []spec.Stage{
				{ID: "prepare", Label: StagePrepareNode, Steps: []string{"preflight", "kubelet-start"}},
				{ID: "files", Label: StageWriteFiles, Steps: []string{"certs", "kubeconfig", "control-plane", "etcd"}},
				{ID: "cluster", Label: StageThroughAPI, Steps: []string{"upload-config", "upload-certs", "mark-control-plane", "bootstrap-token", "addon"}},
			},
		},
	}
}

// notes turns texts into plain note chips.
func notes(ts ...spec.Text) []spec.Note {
	out := make([]spec.Note, len(ts))
	for i, t := range ts {
		out[i] = spec.Note{Text: t}
	}
	return out
}

// kubeconfigFiles are the files of the kubeconfig phase; superAdmin adds
// super-admin.conf (kubeadm v1.29 and later).
func kubeconfigFiles(superAdmin bool) []spec.Note {
	files := []spec.Text{spec.L("/etc/kubernetes/"), spec.L("admin.conf")}
	if superAdmin {
		files = append(files, spec.L("super-admin.conf"))
	}
	files = append(files, spec.L("kubelet.conf"), spec.L("controller-manager.conf"), spec.L("scheduler.conf"))
	return notes(files...)
}

// manifestFiles are the static Pod manifests of the control-plane phase.
func manifestFiles() []spec.Note {
	return notes(spec.L("/etc/kubernetes/manifests/"), spec.L("kube-apiserver.yaml"),
		spec.L("kube-controller-manager.yaml"), spec.L("kube-scheduler.yaml"))
}
