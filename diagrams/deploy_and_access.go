package diagrams

import "github.com/kubefig/kubefig/render/spec"

// DeployAndAccess is notes §1.3.4 (with §1.3.2 and §2.4): deploying an
// application and reaching it from outside, as the messages the components
// send one another. The user only asks the API server for a Deployment;
// the Deployment controller makes a ReplicaSet, the ReplicaSet controller
// makes the Pods from its Pod template, the scheduler binds them to nodes
// and each node's kubelet has them started. Then a client outside the
// cluster comes in through an Ingress (L7) or a NodePort / LoadBalancer
// Service (L4), and kube-proxy's rules forward to a Pod.
func DeployAndAccess() *spec.Diagram {
	msg := func(from, to string, label spec.Text) spec.SequenceStep {
		return spec.SequenceStep{Message: &spec.Message{From: from, To: to, Label: label}}
	}
	cmd := func(from, to string, label spec.Text, detail string) spec.SequenceStep {
		return spec.SequenceStep{Message: &spec.Message{From: from, To: to, Label: label, Detail: spec.L(detail)}}
	}
	reply := func(from, to string, label spec.Text) spec.SequenceStep {
		return spec.SequenceStep{Message: &spec.Message{From: from, To: to, Label: label, Style: spec.Dashed}}
	}
	or := func(from, to string, label spec.Text) spec.SequenceStep {
		return spec.SequenceStep{Message: &spec.Message{From: from, To: to, Label: label, Style: spec.Dotted}}
	}
	phase := func(id string, label, sub spec.Text, role string) spec.SequenceStep {
		return spec.SequenceStep{Phase: &spec.Phase{ID: id, Label: label, Sublabel: sub, Role: role}}
	}

	return &spec.Diagram{
		ID:    "deploy-and-access",
		Title: spec.T("Deploying an application and reaching it from outside", "部署并访问应用"),
		Subtitle: spec.T("The user only asks the API server for a Deployment; controllers create the Pods from its Pod template, and every component works through the API server.",
			"用户只需向 API server 请求创建 Deployment；控制器依 Pod 模板创建出 Pod，各组件都经由 API server 协作。"),
		Desc: spec.T("A sequence of messages. Deploy: kubectl creates a Deployment; kube-apiserver stores it in etcd; the Deployment controller sees it and creates a ReplicaSet; the ReplicaSet controller creates three Pods from the Pod template; the scheduler binds each Pod to a node; that node's kubelet has the container runtime start the containers over CRI and reports the Pod's status; a Service is created and kube-proxy writes its rules. Access: a client sends HTTP through an Ingress (L7) or TCP to a NodePort or LoadBalancer (L4); kube-proxy's rules forward to a Pod, which answers.",
			"一组按顺序排列的消息。部署：kubectl 创建 Deployment；kube-apiserver 将其存入 etcd；Deployment 控制器发现后创建 ReplicaSet；ReplicaSet 控制器依 Pod 模板创建 3 个 Pod；调度器把每个 Pod 绑定到节点；该节点的 kubelet 经 CRI 让容器运行时启动容器并上报 Pod 状态；再创建 Service，kube-proxy 写入规则。访问：客户端经 Ingress（七层）发送 HTTP，或经 NodePort、LoadBalancer（四层）发送 TCP；kube-proxy 的规则把请求转发给某个 Pod，由其响应。"),
		Notes: []spec.Text{
			spec.T("Notes, section 1.3.4 (and 1.3.2, 2.4), checked against upstream: Deployments, Controllers, kube-scheduler, Container Runtime Interface, Virtual IPs and Service Proxies, Ingress. The notes say the user asks for \"a Pod object\" and controllers create Pod instances from its Pod template: what the user creates is a Pod controller, here a Deployment, which holds the Pod template and hands it to a ReplicaSet.",
				"笔记第 1.3.4 节（及 1.3.2、2.4 节），已对照上游文档核实：Deployment、控制器、kube-scheduler、容器运行时接口、虚拟 IP 与 Service 代理、Ingress。笔记说用户请求创建“一个 Pod 对象”，控制器依 Pod 模板创建 Pod 实例：用户创建的其实是 Pod 控制器（此处为 Deployment），它持有 Pod 模板并交给 ReplicaSet。"),
			spec.T("The Ingress object (host and path → Service web) is created like the Service. The Ingress controller runs as Pods itself, usually behind a LoadBalancer or NodePort Service; it watches Ingresses and the Service's EndpointSlices, and most controllers send each request straight to a Pod IP, not through kube-proxy's rules.",
				"Ingress 对象（主机名与路径 → Service web）与 Service 一样由用户创建。Ingress 控制器本身也以 Pod 运行，通常位于 LoadBalancer 或 NodePort 类型的 Service 之后；它监视 Ingress 与该 Service 的 EndpointSlice，多数控制器把请求直接发往某个 Pod IP，而不经过 kube-proxy 的规则。"),
			spec.T("Versions: kubectl create deployment takes --replicas from v1.19 (before, kubectl scale; kubectl run creates a bare Pod from v1.18). The notes' era ran Docker Engine through the kubelet's dockershim, removed in v1.24; today containerd or CRI-O over CRI. kube-proxy watched Endpoints then; EndpointSlices are GA from v1.21 and Endpoints are deprecated from v1.33. Ingress is GA from v1.19 and frozen today: upstream recommends the Gateway API.",
				"版本：kubectl create deployment 自 v1.19 起支持 --replicas（此前用 kubectl scale；kubectl run 自 v1.18 起只创建单个 Pod）。笔记年代经 kubelet 内置的 dockershim 使用 Docker Engine，v1.24 已移除；如今经 CRI 使用 containerd 或 CRI-O。当时 kube-proxy 监视 Endpoints；EndpointSlice 于 v1.21 GA，Endpoints 自 v1.33 弃用。Ingress 于 v1.19 GA，如今已冻结，上游推荐使用 Gateway API。"),
		},
		Legend: []spec.LegendItem{
			{Marker: spec.MarkerLine, Label: Request},
			{Marker: spec.MarkerLine, Style: spec.Dashed, Label: ResponseOrWatch},
			{Marker: spec.MarkerLine, Style: spec.Dotted, Label: WithoutIngress},
		},
		Sequence: &spec.Sequence{
			Numbered: true,
			Groups: []spec.ActorGroup{
				{ID: "control-plane", Label: ControlPlane, Role: spec.RoleControl},
				{ID: "node-1", Label: spec.T("Worker node node-1", "工作节点 node-1"), Role: spec.RoleWorker},
			},
			Actors: []spec.Actor{
				{ID: "user", Label: User, Sublabel: Kubectl, Kind: spec.KindCLI, Role: spec.RoleExternal},
				{ID: "api", Label: KubeAPIServer, Sublabel: APIServerRole, Kind: spec.KindAPIServer, Role: spec.RoleControl, Group: "control-plane"},
				{ID: "etcd", Label: Etcd, Sublabel: ClusterStateStore, Kind: spec.KindStore, Role: spec.RoleStore, Group: "control-plane"},
				{ID: "deploy-ctrl", Label: DeploymentController, Sublabel: InKubeControllerManager, Kind: spec.KindController, Role: spec.RoleControl, Group: "control-plane"},
				{ID: "rs-ctrl", Label: ReplicaSetController, Sublabel: InKubeControllerManager, Kind: spec.KindController, Role: spec.RoleControl, Group: "control-plane"},
				{ID: "sched", Label: KubeScheduler, Sublabel: Scheduler, Kind: spec.KindScheduler, Role: spec.RoleControl, Group: "control-plane"},
				{ID: "kubelet", Label: Kubelet, Sublabel: NodeAgent, Kind: spec.KindAgent, Role: spec.RoleWorker, Group: "node-1"},
				{ID: "runtime", Label: ContainerRuntime, Sublabel: RuntimeExamples, Kind: spec.KindRuntime, Role: spec.RoleWorker, Group: "node-1"},
				{ID: "pod", Label: spec.L("Pod web"), Sublabel: ApplicationPods, Kind: spec.KindPod, Role: spec.RoleWorker, Group: "node-1"},
				{ID: "proxy", Label: KubeProxy, Sublabel: ServiceRules, Kind: spec.KindProxy, Role: spec.RoleWorker, Group: "node-1"},
				{ID: "ingress", Label: IngressController, Sublabel: IngressL7Short, Kind: spec.KindIngress, Role: spec.RoleAddon},
				{ID: "client", Label: Client, Sublabel: OutsideTheCluster, Kind: spec.KindUser, Role: spec.RoleExternal},
			},
			Steps: []spec.SequenceStep{
				phase("deploy", spec.T("Deploy", "部署"), spec.T("the user asks; controllers, the scheduler and the kubelet do the rest", "用户提出请求，其余交给控制器、调度器和 kubelet"), spec.RoleControl),
				cmd("user", "api", spec.T("create Deployment web:\n3 replicas, a Pod template", "创建 Deployment web：\n3 个副本，一个 Pod 模板"),
					"kubectl create deployment web --image=nginx --replicas=3"),
				msg("api", "etcd", spec.T("store the object", "保存对象")),
				reply("api", "user", spec.L("deployment.apps/web created")),
				reply("api", "deploy-ctrl", spec.T("watch: a new Deployment", "watch：新的 Deployment")),
				msg("deploy-ctrl", "api", spec.T("create ReplicaSet web-<hash>, replicas 3", "创建 ReplicaSet web-<hash>，replicas 3")),
				reply("api", "rs-ctrl", spec.T("watch: a new ReplicaSet", "watch：新的 ReplicaSet")),
				msg("rs-ctrl", "api", spec.T("create 3 Pods from the Pod template", "依 Pod 模板创建 3 个 Pod")),
				reply("api", "sched", spec.T("watch: Pods with no node", "watch：尚未调度的 Pod")),
				msg("sched", "sched", spec.T("filter and score the nodes", "过滤、打分，选出节点")),
				msg("sched", "api", spec.T("bind each Pod to a node", "把每个 Pod 绑定到节点")),
				spec.SequenceStep{Message: &spec.Message{From: "api", To: "kubelet", Style: spec.Dashed,
					Label:  spec.T("watch: a Pod bound to node-1", "watch：绑定到 node-1 的 Pod"),
					Detail: spec.T("every node's kubelet watches for its own Pods", "每个节点的 kubelet 都监视绑定到本节点的 Pod")}},
				cmd("kubelet", "runtime", spec.T("over CRI: run the Pod sandbox,\npull the image, start the containers", "经 CRI：创建 Pod 沙箱、\n拉取镜像、启动容器"),
					"RunPodSandbox, PullImage, CreateContainer, StartContainer"),
				msg("runtime", "pod", spec.T("start the containers", "启动容器")),
				msg("kubelet", "api", spec.T("report the Pod's status: Running, Pod IP", "上报 Pod 状态：Running、Pod IP")),
				cmd("user", "api", spec.T("create Service web (selector app=web)", "创建 Service web（选择器 app=web）"),
					"kubectl create service nodeport web --tcp=80:80"),
				reply("api", "proxy", spec.T("watch: Services and EndpointSlices (the Pod IPs)", "watch：Service 与 EndpointSlice（Pod IP）")),
				msg("proxy", "proxy", spec.T("write iptables / ipvs rules:\nClusterIP, NodePort → Pod IPs", "写入 iptables/ipvs 规则：\nClusterIP、NodePort → Pod IP")),
				phase("access", spec.T("Access", "访问"), spec.T("outside traffic into the cluster", "把外部流量引入集群"), spec.RoleAddon),
				msg("client", "ingress", spec.T("HTTP / HTTPS request: host, path", "HTTP/HTTPS 请求：主机名、路径")),
				msg("ingress", "pod", spec.T("by the Ingress rules, to a Pod of\nService web: L7 (HTTP) balancing", "按 Ingress 规则转给 Service web\n的某个 Pod：七层（HTTP）调度")),
				or("client", "proxy", spec.T("or TCP to node IP:NodePort, or via a LoadBalancer", "或以 TCP 访问 节点 IP:NodePort，或经 LoadBalancer")),
				or("proxy", "pod", spec.T("rules DNAT to one Pod IP:\nL4 (TCP) balancing", "规则 DNAT 到某个 Pod IP：\n四层（TCP）调度")),
				reply("pod", "client", spec.T("response", "响应")),
			},
		},
	}
}
