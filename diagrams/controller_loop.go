package diagrams

import "github.com/kubefig/kubefig/render/spec"

// ControllerLoop is notes §1.3.2: a Pod controller is a control loop that
// keeps the actual state of its objects at the desired state, working only
// through the API server; Deployment runs stateless applications,
// StatefulSet stateful ones.
//
// It is a graph, not a sequence: the idea is the cycle itself (observe,
// compare, act, and round again), which a sequence would flatten into a
// list that seems to end.
func ControllerLoop() *spec.Diagram {
	step := func(n string, t spec.Text) spec.Text { return spec.T(n+" "+t.En, n+" "+t.Zh) }
	return &spec.Diagram{
		ID:    "controller-loop",
		Title: spec.T("A controller is a control loop", "控制器是一个控制循环"),
		Subtitle: spec.T("It watches through the API server and acts until the actual state matches the desired state.",
			"它经由 API server 监视集群并采取行动，直到实际状态符合期望状态。"),
		Desc: spec.T("A cycle of three steps run by a controller in kube-controller-manager: observe the objects through kube-apiserver (watch), compare the desired state in spec with the actual state in status, act by asking kube-apiserver to create or delete Pods, and repeat. Deployment manages stateless applications, StatefulSet stateful ones.",
			"由 kube-controller-manager 中的控制器运行的三步循环：经 kube-apiserver 观察（watch）对象，比较 spec 中的期望状态与 status 中的实际状态，请求 kube-apiserver 创建或删除 Pod 来行动，然后重复。Deployment 管理无状态应用，StatefulSet 管理有状态应用。"),
		Notes: []spec.Text{
			spec.T("Notes, section 1.3.2, checked against upstream: Controllers (\"controllers are control loops that watch the state of your cluster, then make or request changes where needed\"; built-in controllers manage state through the API server), Deployments, StatefulSets, kube-controller-manager.",
				"笔记第 1.3.2 节，已对照上游文档核实：控制器（控制器是监视集群状态、并在需要时做出或请求更改的控制循环；内置控制器经由 API server 管理状态）、Deployment、StatefulSet、kube-controller-manager。"),
			spec.T("The Deployment controller does not create Pods itself: it creates a ReplicaSet, and the ReplicaSet controller runs this loop for the Pods (see deploy-and-access). The StatefulSet controller creates its Pods itself, by default one at a time in order (web-0, web-1, ...), each with a stable name and its own storage.",
				"Deployment 控制器并不直接创建 Pod：它创建 ReplicaSet，由 ReplicaSet 控制器为 Pod 运行此循环（见 deploy-and-access）。StatefulSet 控制器则自己创建 Pod，默认按顺序逐个创建（web-0、web-1……），每个 Pod 有稳定的名称和各自的存储。"),
		},
		Graph: &spec.Graph{
			Nodes: []spec.Node{
				{ID: "api", Label: KubeAPIServer, Sublabel: spec.T("objects, stored in etcd", "对象，保存在 etcd 中"), Kind: spec.KindAPIServer, Role: spec.RoleControl},
				{ID: "object", Label: spec.L("Deployment web"), Sublabel: spec.T("spec.replicas: 3 — desired\nstatus: 2 Pods ready — actual", "spec.replicas: 3 —— 期望状态\nstatus：2 个 Pod 就绪 —— 实际状态"), Kind: spec.KindFile, Role: spec.RoleStore, MinWidth: 340},
			},
			Groups: []spec.Group{
				{ID: "loop", Label: spec.T("A controller in kube-controller-manager", "kube-controller-manager 中的一个控制器"), Role: spec.RoleControl, Nodes: []spec.Node{
					{ID: "observe", Label: step("①", LoopObserve), Sublabel: spec.T("watch the objects it manages:\nwhat is there now", "watch 它管理的对象：\n现在是什么状态"), Kind: spec.KindMonitoring, Role: spec.RoleControl, MinWidth: 300},
					{ID: "compare", Label: step("②", LoopCompare), Sublabel: spec.T("desired state (spec)\nagainst actual state (status)", "期望状态（spec）\n对比实际状态（status）"), Kind: spec.KindController, Role: spec.RoleControl, MinWidth: 300},
					{ID: "act", Label: step("③", LoopAct), Sublabel: spec.T("ask the API server to create\nor delete Pods: here, 1 more", "请求 API server 创建\n或删除 Pod：此处再建 1 个"), Kind: spec.KindPod, Role: spec.RoleControl, MinWidth: 300},
				}},
				{ID: "pod-controllers", Label: spec.T("Pod controllers: each kind runs this loop", "Pod 控制器：每种都运行这样的循环"), Role: spec.RoleWorker, Nodes: []spec.Node{
					{ID: "deployment", Label: spec.L("Deployment"), Sublabel: spec.T("stateless applications", "无状态应用"), Kind: spec.KindController, Role: spec.RoleWorker},
					{ID: "statefulset", Label: spec.L("StatefulSet"), Sublabel: spec.T("stateful applications", "有状态应用"), Kind: spec.KindController, Role: spec.RoleWorker},
				}},
			},
			Edges: []spec.Edge{
				{From: "observe", To: "compare", Role: spec.RoleControl},
				{From: "compare", To: "act", Label: spec.T("they differ", "二者不同"), Role: spec.RoleControl},
				{From: "act", To: "observe", Label: spec.T("repeat, forever", "循环往复"), Role: spec.RoleControl, Reverse: true},
				{From: "api", To: "observe", Label: spec.T("watch events", "watch 事件"), Style: spec.Dashed, Role: spec.RoleControl, Loose: true},
				{From: "act", To: "api", Label: spec.T("create / delete Pods", "创建/删除 Pod"), Role: spec.RoleControl, Loose: true},
				{From: "api", To: "object", Arrow: spec.ArrowNone, Style: spec.Dotted},
			},
			SameRank: [][]string{{"api", "compare"}},
		},
	}
}
