package diagrams

import "github.com/kubefig/kubefig/render/spec"

// The glossary: every term the catalog shows, in English and Chinese, in
// one place so that every diagram says the same thing the same way.
//
// Chinese terms follow the notes (kubernetes-notes.zh.md). Where the notes
// vary, one is chosen here:
//   - namespace: 名称空间 (the notes' section title; they also write 命名空间)
//   - control plane: 控制平面 (the notes' 2.1 wording; 1.2.2 says Master)
//   - add-on: 附件 (核心附件, as in 1.2.2)
//
// Component and object names (kube-apiserver, etcd, Pod, Service, ...) are
// literals, the same in both languages, as upstream's Chinese docs keep them.
var (
	// Components and programs.
	KubeAPIServer         = spec.L("kube-apiserver")
	Etcd                  = spec.L("etcd")
	KubeControllerManager = spec.L("kube-controller-manager")
	KubeScheduler         = spec.L("kube-scheduler")
	Kubelet               = spec.L("kubelet")
	KubeProxy             = spec.L("kube-proxy")
	Kubectl               = spec.L("kubectl")
	CoreDNS               = spec.L("CoreDNS")
	Dashboard             = spec.L("Dashboard")
	IngressController     = spec.L("Ingress Controller")
	Pod                   = spec.L("Pod")

	// What the components are, as the notes name them (1.2.2).
	APIServerRole      = spec.T("API server", "API server")
	ClusterStateStore  = spec.T("cluster state store", "集群状态存储")
	ControllerManager  = spec.T("controller manager", "控制管理器")
	Scheduler          = spec.T("scheduler", "调度器")
	NodeAgent          = spec.T("node agent", "节点代理")
	ContainerRuntime   = spec.T("Container runtime", "容器运行时")
	ServiceRules       = spec.T("Service rules: iptables / ipvs", "Service 规则：iptables / ipvs")
	ClusterDNS         = spec.T("cluster DNS", "集群 DNS")
	WebUI              = spec.T("web UI", "Web 界面")
	Monitoring         = spec.T("Monitoring", "监控系统")
	Logging            = spec.T("Logging", "日志系统")
	HTTPRouting        = spec.T("L7 (HTTP) routing", "七层（HTTP）路由")
	CommandLineClient  = spec.T("command-line client", "命令行客户端")
	ControlPlane       = spec.T("Control plane (Master)", "控制平面（Master）")
	WorkerNode         = spec.T("Worker node", "工作节点")
	CoreAddons         = spec.T("Core add-ons", "核心附件")
	ApplicationPods    = spec.T("application containers", "应用容器")
	MonitoringExamples = spec.T("e.g. Prometheus", "如 Prometheus")
	LoggingExamples    = spec.T("e.g. EFK, Loki", "如 EFK、Loki")
	RuntimeExamples    = spec.T("containerd, CRI-O", "containerd、CRI-O")
)

// Network paths (notes §1.3.3, §1.3.4). "network namespace" is 网络名称空间,
// after the glossary's 名称空间; a network plugin is 网络插件, as in the
// notes; balancing is 调度 at a layer (四层/七层), as the notes say
// "TCP层完成调度".
var (
	KubernetesCluster = spec.T("Kubernetes cluster", "Kubernetes 集群")
	Client            = spec.T("Client", "客户端")
	OutsideTheCluster = spec.T("outside the cluster", "集群外部")
	LoadBalancer      = spec.L("LoadBalancer")
	CloudLoadBalancer = spec.T("cloud load balancer", "云负载均衡器")
	Ingress           = spec.L("Ingress")
	IngressL7         = spec.T("controller: L7 (HTTP / HTTPS),\nroutes by host and path", "控制器：七层（HTTP/HTTPS），\n按主机名与路径调度")
	CNIPlugin         = spec.T("CNI plugin", "CNI 网络插件")
	CNIExamples       = spec.T("Flannel, Calico: one flat Pod network, 10.244.0.0/16, across all nodes", "Flannel、Calico：跨所有节点的同一 Pod 网络平面 10.244.0.0/16")
	Container         = spec.T("container", "容器")
	OnEveryNode       = spec.T("on every node's IP", "在每个节点的 IP 上")
	VirtualIP         = spec.T("virtual, on no interface;\nL4 (TCP) balancing", "虚拟 IP，不在任何网络接口上；\n四层（TCP）调度")

	// The paths' short names, for the focused views' titles.
	PathLoShort      = spec.T("① Containers in one Pod", "① 同一 Pod 内的容器")
	PathPodShort     = spec.T("② Pod to Pod", "② Pod 之间")
	PathServiceShort = spec.T("③ Pod to Service", "③ Pod 与 Service")
	PathOutsideShort = spec.T("④ Outside to Service", "④ 集群外与 Service")

	PathLo      = spec.T("Containers in one Pod: one network namespace, over lo (localhost)", "同一 Pod 内的容器：同一网络名称空间，经 lo（localhost）直接通信")
	PathPod     = spec.T("Pod to Pod: by Pod IP on one flat network, no NAT; across nodes through the CNI plugin", "Pod 之间：同一网络平面，用 Pod IP 直接通信，无需 NAT；跨节点经 CNI 网络插件")
	PathService = spec.T("Pod to Service: DNS name via CoreDNS; kube-proxy's iptables / ipvs rules DNAT the virtual ClusterIP to a Pod", "Pod 与 Service：经 CoreDNS 解析名称；kube-proxy 的 iptables/ipvs 规则把虚拟的 ClusterIP DNAT 到某个 Pod")
	PathOutside = spec.T("Outside to Service: NodePort, LoadBalancer (L4: TCP) or Ingress (L7: HTTP / HTTPS)", "集群外与 Service：NodePort、LoadBalancer（四层：TCP）或 Ingress（七层：HTTP/HTTPS）")
)
