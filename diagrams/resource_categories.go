package diagrams

import "github.com/kubefig/kubefig/render/spec"

// ResourceCategories is notes §3.1.1: the API objects by their main
// function, in the five groups of the Kubernetes API reference of the
// notes' era (v1.12–v1.18). The notes announce four groups and list five;
// here are the five. Kinds upstream had there that the notes leave out
// are added and marked; each group says where today's reference files its
// kinds; Role and RoleBinding, listed among the cluster resources, are
// marked namespaced.
func ResourceCategories() *spec.Diagram {
	kind := func(id, name string, role string, desc spec.Text, badge string) spec.Card {
		return spec.Card{ID: id, Title: spec.L(name), Desc: desc, Role: role, Badge: badge}
	}
	return &spec.Diagram{
		ID:    "resource-categories",
		Title: spec.T("Kubernetes API objects by what they do", "Kubernetes 资源对象的分类"),
		Subtitle: spec.T("The five groups of the API reference in the notes' era (v1.12–v1.18), with the kinds the notes list; each group says where today's reference puts them.",
			"笔记所在年代（v1.12–v1.18）API 参考文档的五个类别及笔记列出的资源类型；各类别注明了如今参考文档的归类。"),
		Notes: []spec.Text{
			spec.T("The notes say four groups but list five. Notes, section 3.1.1. Upstream: kubernetes.io/docs/reference/generated/kubernetes-api/v1.18/ (the five groups) and kubernetes.io/docs/reference/kubernetes-api/ (today's groups).",
				"笔记称分为 4 类，实际列出 5 类。笔记第 3.1.1 节。上游资料：kubernetes.io/docs/reference/generated/kubernetes-api/v1.18/（五个类别）与 kubernetes.io/docs/reference/kubernetes-api/（如今的分类）。"),
		},
		Cards: &spec.Cards{
			Badges: []spec.Badge{
				{ID: "added", Label: BadgeNotInNotes, Role: spec.RoleSuccess,
					Legend: spec.T("not in the notes: in the same group of the v1.18 reference", "笔记未列出：v1.18 参考文档同一类别中的资源")},
				{ID: "legacy", Label: BadgeLegacy, Role: spec.RoleMuted,
					Legend: spec.T("legacy: use a Deployment (and its ReplicaSet) instead", "旧式：请改用 Deployment（及其 ReplicaSet）")},
				{ID: "namespaced", Label: BadgeNamespaced, Role: spec.RoleWarning,
					Legend: spec.T("namespaced: grants within one namespace, though listed among the cluster resources", "名称空间级：仅在一个名称空间内授权，尽管列在集群类资源中")},
				{ID: "cluster-scoped", Label: BadgeClusterScoped, Role: spec.RoleInfo,
					Legend: spec.T("cluster-scoped: belongs to no namespace", "集群级：不属于任何名称空间")},
			},
			Sections: []spec.Section{
				{ID: "workloads", Title: spec.T("Workloads", "工作负载"), Role: spec.RoleControl, Columns: 4,
					Cards: []spec.Card{
						kind("pod", "Pod", spec.RoleControl, spec.T("One or more containers that share network and storage: the unit that runs.", "一个或多个共享网络与存储的容器：运行的基本单位。"), ""),
						kind("replication-controller", "ReplicationController", spec.RoleControl, spec.T("The old Pod replica controller: equality-based selectors only.", "旧的副本控制器：只支持等值选择器。"), "legacy"),
						kind("replica-set", "ReplicaSet", spec.RoleControl, spec.T("The new one: equality- and set-based selectors.", "新的 Pod 副本控制器，既支持等值选择器，又支持集合选择器。"), ""),
						kind("deployment", "Deployment", spec.RoleControl, spec.T("Stateless apps, built on ReplicaSets: rolling updates, rollback, history, pause and resume.", "管理无状态应用，构建在 ReplicaSet 之上：滚动更新、回滚、版本记录、暂停与恢复。"), ""),
						kind("stateful-set", "StatefulSet", spec.RoleControl, spec.T("Stateful apps: a stable, unique identity per Pod, in order.", "管理有状态应用：每个 Pod 有独有的持久标识，并保证 Pod 间的顺序。"), ""),
						kind("daemon-set", "DaemonSet", spec.RoleControl, spec.T("One Pod on every node.", "确保每个节点都运行一个 Pod。"), ""),
						kind("job", "Job", spec.RoleControl, spec.T("Runs one or more Pods to completion.", "管理运行完成后即终止的应用，创建一个或多个 Pod。"), ""),
						kind("cron-job", "CronJob", spec.RoleControl, spec.T("Runs Jobs on a schedule; GA in v1.21.", "按时间计划周期性运行 Job；v1.21 GA。"), "added"),
					},
					Note: spec.T("Today: Workload Resources, which also holds HorizontalPodAutoscaler, PodTemplate and PriorityClass.",
						"如今：Workload Resources，另含 HorizontalPodAutoscaler、PodTemplate 与 PriorityClass。")},
				{ID: "discovery", Title: spec.T("Discovery and load balancing", "发现与负载均衡"), Role: spec.RoleNetwork, Columns: 1,
					Cards: []spec.Card{
						kind("service", "Service", spec.RoleNetwork, spec.T("A stable virtual IP and DNS name in front of Pods (L4).", "为一组 Pod 提供稳定的虚拟 IP 与 DNS 名称（四层）。"), ""),
						kind("ingress", "Ingress", spec.RoleNetwork, spec.T("HTTP(S) routes into Services by host and path (L7); GA in v1.19.", "按主机名与路径把 HTTP(S) 流量路由到 Service（七层）；v1.19 GA。"), "added"),
					},
					Note: spec.T("Today: Service Resources.", "如今：Service Resources。")},
				{ID: "config-storage", Title: spec.T("Configuration and storage", "配置与存储"), Role: spec.RoleStore, Columns: 2,
					Cards: []spec.Card{
						kind("volume", "Volume", spec.RoleStore, spec.T("Storage a Pod's containers mount; part of the Pod spec.", "Pod 中容器挂载的存储；属于 Pod 规约的一部分。"), ""),
						kind("configmap", "ConfigMap", spec.RoleStore, spec.T("Configuration data: files, environment variables.", "配置数据：配置文件、环境变量。"), ""),
						kind("secret", "Secret", spec.RoleStore, spec.T("Sensitive data: passwords, tokens, keys.", "敏感数据：密码、令牌、密钥。"), ""),
						kind("pvc", "PersistentVolumeClaim", spec.RoleStore, spec.T("A request for storage, bound to a PersistentVolume.", "对存储的申领，绑定到 PersistentVolume。"), "added"),
					},
					Note: spec.T("Today: Config and Storage Resources.", "如今：Config and Storage Resources。")},
				{ID: "cluster", Title: spec.T("Cluster resources", "集群类资源"), Role: spec.RoleWorker, Columns: 2,
					Cards: []spec.Card{
						kind("namespace", "Namespace", spec.RoleWorker, spec.T("A scope for names.", "名称的作用域。"), "cluster-scoped"),
						kind("node", "Node", spec.RoleWorker, spec.T("A machine that runs Pods.", "运行 Pod 的机器。"), "cluster-scoped"),
						kind("role", "Role", spec.RoleWorker, spec.T("Permissions within one namespace.", "一个名称空间内的权限。"), "namespaced"),
						kind("cluster-role", "ClusterRole", spec.RoleWorker, spec.T("Permissions cluster-wide, or reusable in any namespace.", "集群范围的权限，或可在任意名称空间复用。"), "cluster-scoped"),
						kind("role-binding", "RoleBinding", spec.RoleWorker, spec.T("Grants a Role or ClusterRole within its namespace.", "在其所在名称空间内授予 Role 或 ClusterRole。"), "namespaced"),
						kind("cluster-role-binding", "ClusterRoleBinding", spec.RoleWorker, spec.T("Grants a ClusterRole cluster-wide.", "在整个集群授予 ClusterRole。"), "cluster-scoped"),
					},
					Note: spec.T("Today: Namespace and Node under Cluster Resources; the RBAC kinds under Authorization Resources.",
						"如今：Namespace 与 Node 属 Cluster Resources；RBAC 类资源属 Authorization Resources。")},
				{ID: "metadata", Title: spec.T("Metadata resources", "元数据类资源"), Role: spec.RoleAddon, Columns: 1,
					Cards: []spec.Card{
						kind("hpa", "HorizontalPodAutoscaler", spec.RoleAddon, spec.T("Scales a workload's replicas on its metrics.", "按指标自动伸缩工作负载的副本数。"), ""),
						kind("limit-range", "LimitRange", spec.RoleAddon, spec.T("Default and maximum resources per Pod or container in a namespace.", "名称空间内每个 Pod 或容器的默认与最大资源量。"), ""),
						kind("pod-template", "PodTemplate", spec.RoleAddon, spec.T("A Pod template as an object of its own.", "独立成对象的 Pod 模板。"), "added"),
					},
					Note: spec.T("Today gone: HPA and PodTemplate are Workload Resources, LimitRange a Policy Resource.",
						"如今已无此类：HPA 与 PodTemplate 属 Workload Resources，LimitRange 属 Policy Resources。")},
			},
		},
	}
}
