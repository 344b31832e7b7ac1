package diagrams

import "github.com/kubefig/kubefig/render/spec"

// Namespaces is notes §3.3: the four initial namespaces and what each is
// for, what a namespace scopes (names) and what it does not (network
// traffic), deleting a namespace, and the three-step fix for a namespace
// stuck in Terminating, with its caution.
func Namespaces() *spec.Diagram {
	ns := func(id string, desc spec.Text, notes ...spec.Note) spec.Card {
		return spec.Card{ID: "ns-" + id, Icon: "namespace", Title: spec.L(id), Desc: desc, Role: spec.RoleControl, Notes: notes}
	}
	code := func(s string) spec.Note { return spec.Note{Text: spec.L(s)} }
	remark := func(role, en, zh string) spec.Note { return spec.Note{Text: spec.T(en, zh), Role: role} }
	return &spec.Diagram{
		ID:    "namespaces",
		Title: spec.T("Namespaces", "名称空间"),
		Subtitle: spec.T("A namespace scopes the names of objects; it does not isolate Pods from each other. Deleting one deletes everything in it.",
			"名称空间只限定资源对象名称的作用域，并不隔离 Pod 间的通信；删除名称空间会删除其中的所有资源。"),
		Notes: []spec.Text{
			spec.T("Avoid creating namespaces with the kube- prefix: it is reserved for Kubernetes system namespaces. Notes, section 3.3. Upstream: kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/, kubernetes.io/docs/concepts/services-networking/network-policies/, kubernetes.io/docs/concepts/overview/working-with-objects/finalizers/ and the Namespace API reference (namespaces/finalize).",
				"不要创建以 kube- 为前缀的名称空间：它保留给 Kubernetes 系统名称空间。笔记第 3.3 节。上游资料：kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/、kubernetes.io/docs/concepts/services-networking/network-policies/、kubernetes.io/docs/concepts/overview/working-with-objects/finalizers/ 与 Namespace API 参考（namespaces/finalize）。"),
		},
		Cards: &spec.Cards{
			CardWidth: 310,
			Sections: []spec.Section{
				{ID: "initial", Title: spec.T("The four initial namespaces", "集群初始的四个名称空间"), Role: spec.RoleControl, Columns: 4,
					Cards: []spec.Card{
						ns("default", spec.T("Where objects go when you name no namespace.",
							"未指定名称空间时，资源对象默认创建于此。"),
							remark(spec.RoleInfo, "production: use namespaces of your own", "生产集群：宜用自建的名称空间")),
						ns("kube-public", spec.T("Readable by every client, anonymous ones too; mostly for the cluster's own use.",
							"所有用户（含匿名用户）均可读取；“公共”只是约定，主要供集群自身使用。"),
							spec.Note{Text: ArtClusterInfo}),
						ns("kube-system", spec.T("For the objects the Kubernetes system creates; keep other workloads out.",
							"用于部署 Kubernetes 系统相关的组件，不建议部署其它非系统组件。"),
							spec.Note{Text: spec.T("CoreDNS, kube-proxy, control-plane Pods", "CoreDNS、kube-proxy、控制平面 Pod")}),
						ns("kube-node-lease", spec.T("Holds one Lease per node, renewed by its kubelet: the node heartbeat. Keep other objects out.",
							"专用于存放各节点 kubelet 续约的 Lease 对象（节点心跳），不建议存放其它对象。"),
							code("kubectl get leases -n kube-node-lease")),
					}},
				{ID: "scope", Title: spec.T("A scope for names, not a wall", "名称的作用域，而非隔离墙"), Role: spec.RoleWarning, Columns: 3,
					Cards: []spec.Card{
						{ID: "names", Title: spec.T("Names are unique per namespace", "名称在名称空间内唯一"), Role: spec.RoleWarning,
							Desc: spec.T("Two namespaces may each hold a Service called web. Nodes and PersistentVolumes belong to no namespace.",
								"不同名称空间中的对象名称可以重复；Node 与 PersistentVolume 不属于任何名称空间。")},
						{ID: "traffic", Title: spec.T("Traffic is not isolated", "不隔离网络通信"), Role: spec.RoleWarning,
							Desc: spec.T("Pods reach Pods in any namespace by default; a NetworkPolicy, enforced by the CNI plugin, restricts that.",
								"默认情况下 Pod 可访问任何名称空间中的 Pod；隔离通信需借助 NetworkPolicy（由 CNI 网络插件实施）。"),
							Notes: []spec.Note{code("NetworkPolicy")}},
						{ID: "delete", Title: spec.T("Deleting a namespace deletes its contents", "删除名称空间即删除其中所有资源"), Role: spec.RoleWarning,
							Notes: []spec.Note{
								code("kubectl delete TYPE NAME -n NS"),
								code("kubectl delete TYPE --all -n NS"),
								code("kubectl delete all --all -n NS"),
								remark(spec.RoleInfo, "all: workloads and Services, not ConfigMaps or Secrets",
									"all 仅含工作负载与 Service，不含 ConfigMap 与 Secret"),
							}},
					}},
				{ID: "fix", Title: spec.T("Stuck in Terminating: forcing the deletion", "卡在 Terminating 状态：强制完成删除"), Role: spec.RoleDanger, Columns: 3, Steps: true,
					Cards: []spec.Card{
						{ID: "save", Title: spec.T("Save the namespace as JSON", "导出名称空间的 JSON"), Role: spec.RoleDanger,
							Desc:  spec.T("Its spec.finalizers lists kubernetes: the namespace controller's finalizer, removed when its cleanup is done.", "其 spec.finalizers 中有 kubernetes：名称空间控制器的终结器，清理完成后才会移除。"),
							Notes: []spec.Note{code("kubectl get ns NS -o json > ns.json")}},
						{ID: "empty", Title: spec.T("Empty spec.finalizers", "清空 spec.finalizers"), Role: spec.RoleDanger,
							Desc:  spec.T("Edit the file so the list is empty.", "编辑该文件，将该列表修改为空。"),
							Notes: []spec.Note{code(`"spec": {"finalizers": []}`)}},
						{ID: "finalize", Title: spec.T("Send it to the finalize subresource", "提交到 finalize 子资源"), Role: spec.RoleDanger,
							Desc: spec.T("The API server then deletes the namespace.", "API server 随即删除该名称空间。"),
							Notes: []spec.Note{
								code(`kubectl replace --raw "/api/v1/namespaces/NS/finalize" -f ns.json`),
								remark(spec.RoleDanger, "skips the cleanup: what is left is orphaned",
									"跳过了清理：残留的资源将成为孤儿"),
							}},
					},
					Note: spec.T("A last resort: first find the cause in the namespace's status.conditions, often an unavailable APIService or custom resources whose controller is gone.",
						"这是最后手段：先从名称空间的 status.conditions 找出原因，常见的是不可用的 APIService，或控制器已不存在的自定义资源。")},
			},
		},
	}
}
