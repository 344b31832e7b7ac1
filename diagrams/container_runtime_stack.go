package diagrams

import "github.com/kubefig/kubefig/render/spec"

// ContainerRuntimeStack is notes §1.1.2 as two stacks side by side: how
// the kubelet reached a container in the notes' era (dockershim, then
// Docker Engine, which since Docker 1.11 runs on containerd,
// containerd-shim and runc) and how it does today (CRI straight to
// containerd's CRI plugin). The stacks share containerd and runc, so the
// two hops Kubernetes dropped in v1.24 show as a gap; the shim differs
// (shim API v1 then, containerd-shim-runc-v2 now), so each stack has its
// own. Checked against Docker's 1.11 announcement, the Kubernetes blog
// (containerd integration GA, dockershim removal), containerd's
// RELEASES.md and the OCI site.
func ContainerRuntimeStack() *spec.Diagram {
	era, today := []string{"era"}, []string{"today"}
	const (
		kubernetesRole = spec.RoleWorker
		dockerRole     = spec.RoleSeries2
		containerdRole = spec.RoleAddon
		ociRole        = spec.RoleStore
	)
	return &spec.Diagram{
		ID:    "container-runtime-stack",
		Title: spec.T("From the kubelet to a container", "从 kubelet 到容器"),
		Subtitle: spec.T("Docker 1.11 split its engine into dockerd, containerd, containerd-shim and runc; Kubernetes v1.24 removed dockershim and talks CRI straight to containerd.",
			"Docker 1.11 将 Docker 引擎拆分为 dockerd、containerd、containerd-shim 与 runc；Kubernetes v1.24 移除 dockershim，直接经 CRI 调用 containerd。"),
		Notes: []spec.Text{
			spec.T("Notes, section 1.1.2, which write runC, Docker's 2016 spelling; the project and binary are runc. Docker Engine still runs on containerd and containerd-shim-runc-v2 today; Kubernetes can reach it through cri-dockerd, outside the kubelet.",
				"笔记第 1.1.2 节，写作 runC（Docker 2016 年的写法），项目与程序名为 runc。如今 Docker Engine 仍运行在 containerd 与 containerd-shim-runc-v2 之上；Kubernetes 可经 kubelet 之外的 cri-dockerd 使用它。"),
			spec.T("Upstream: docker.com/blog/docker-engine-1-11-runc/, kubernetes.io/blog/2018/05/24/kubernetes-containerd-integration-goes-ga/, kubernetes.io/blog/2022/05/03/dockershim-historical-context/, containerd's RELEASES.md, opencontainers.org.",
				"上游资料：docker.com/blog/docker-engine-1-11-runc/、kubernetes.io/blog/2018/05/24/kubernetes-containerd-integration-goes-ga/、kubernetes.io/blog/2022/05/03/dockershim-historical-context/、containerd 的 RELEASES.md、opencontainers.org。"),
		},
		Stack: &spec.Stack{
			Columns: []spec.StackColumn{
				{ID: "era", Label: spec.T("The notes' era: with Docker", "笔记所在年代：经由 Docker"),
					Sublabel: spec.T("Kubernetes up to v1.23", "Kubernetes v1.23 及以前")},
				{ID: "today", Label: spec.T("Today: CRI to containerd", "如今：经 CRI 直达 containerd"),
					Sublabel: spec.T("Kubernetes v1.24 and later", "Kubernetes v1.24 及以后")},
			},
			Layers: []spec.Layer{
				{ID: "runc", Label: Runc, Role: ociRole,
					Sublabel: spec.T("creates the container's namespaces and cgroups, then exits", "创建容器的名称空间与 cgroups 后退出")},
				{ID: "shim-v1", Label: ContainerdShim, Role: containerdRole, Columns: era,
					Sublabel: spec.T("shim API v1, one per container", "shim API v1，每个容器一个")},
				{ID: "shim-v2", Label: ContainerdShimRuncV2, Role: containerdRole, Columns: today,
					Sublabel: spec.T("shim API v2: io.containerd.runc.v2", "shim API v2：io.containerd.runc.v2")},
				{ID: "containerd", Label: Containerd, Role: containerdRole,
					Sublabel: spec.T("pulls images, prepares snapshots, supervises containers", "拉取镜像、准备快照、管理容器生命周期")},
				{ID: "dockerd", Label: Dockerd, Role: dockerRole, Columns: era,
					Sublabel: spec.T("Docker Engine: API, images, networks, volumes", "Docker Engine：API、镜像、网络、存储卷")},
				{ID: "dockershim", Label: Dockershim, Role: spec.RoleDanger, Columns: era,
					Sublabel: spec.T("CRI for Docker, built into the kubelet", "为 Docker 实现 CRI，内置于 kubelet")},
				{ID: "kubelet-era", Label: Kubelet, Role: kubernetesRole, Columns: era, Sublabel: NodeAgent},
				{ID: "kubelet-today", Label: Kubelet, Role: kubernetesRole, Columns: today, Sublabel: NodeAgent, AlignEnd: true},
			},
			Arrows: []spec.LayerArrow{
				{From: "kubelet-era", To: "dockershim", Label: CRI, Role: kubernetesRole},
				{From: "dockershim", To: "dockerd", Label: spec.L("Docker Engine API"), Role: dockerRole},
				{From: "dockerd", To: "containerd", Label: spec.L("gRPC"), Role: dockerRole},
				{From: "kubelet-today", To: "containerd", Label: spec.T("CRI over gRPC, to the CRI plugin", "CRI（gRPC），调用 CRI 插件"), Role: kubernetesRole},
				{From: "containerd", To: "shim-v1", Label: spec.L("ttrpc"), Role: containerdRole},
				{From: "containerd", To: "shim-v2", Label: spec.L("ttrpc"), Role: containerdRole},
				{From: "shim-v1", To: "runc", Label: spec.T("runs runc on an OCI bundle", "以 OCI bundle 调用 runc"), Role: ociRole},
				{From: "shim-v2", To: "runc", Label: spec.T("runs runc on an OCI bundle", "以 OCI bundle 调用 runc"), Role: ociRole},
			},
			Notes: []spec.SideNote{
				{ID: "dockershim-removed", Side: spec.Left, Role: spec.RoleDanger, Layers: []string{"dockershim", "kubelet-era"},
					Text: spec.T("dockershim: deprecated in v1.20, removed in v1.24", "dockershim：v1.20 弃用，v1.24 移除")},
				{ID: "docker-split", Side: spec.Left, Role: dockerRole, Layers: []string{"runc", "shim-v1", "containerd", "dockerd"},
					Text: spec.T("Docker 1.11 (2016) split the engine into these four: dockerd, containerd, containerd-shim and runc",
						"Docker 1.11（2016 年）将引擎拆分为这四个组件：dockerd、containerd、containerd-shim 与 runc")},
				{ID: "containerd-cncf", Role: containerdRole, Layers: []string{"containerd"},
					Text: spec.T("containerd: donated to the CNCF in 2017, graduated in 2019; CRI plugin built in since v1.1 (2018)",
						"containerd：2017 年捐给 CNCF，2019 年毕业；自 v1.1（2018 年）起内置 CRI 插件")},
				{ID: "shim-versions", Role: containerdRole, Layers: []string{"shim-v2"},
					Text: spec.T("runc.v2 is the default since containerd 1.4 and Docker 20.10; shim v1 was removed in containerd 2.0",
						"自 containerd 1.4、Docker 20.10 起默认使用 runc.v2；shim v1 已在 containerd 2.0 移除")},
				{ID: "oci", Role: ociRole, Layers: []string{"runc"},
					Text: spec.T("OCI (2015): runtime and image specs, v1.0 in 2017; runc implements the runtime spec",
						"OCI（2015 年）：运行时规范与镜像规范，2017 年发布 v1.0；runc 实现运行时规范")},
			},
		},
	}
}
