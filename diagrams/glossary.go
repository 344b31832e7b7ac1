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

// Node heartbeat and node leases (notes §3.4.1): the heartbeat diagrams.
// Setting names stay literal, spelled as upstream spells them.
var (
	NodeStatus            = spec.L("NodeStatus")
	Lease                 = spec.L("Lease")
	KubeNodeLease         = spec.L("kube-node-lease")
	NodeController        = spec.T("node controller", "节点控制器")
	NodeLeases            = spec.T("node leases", "节点租约")
	Heartbeat             = spec.T("heartbeat", "心跳")
	HeartbeatSent         = spec.T("sent to the API server", "已发送给 API server")
	HeartbeatMissed       = spec.T("missed: the node is down", "缺失：节点已故障")
	ComputedNotSent       = spec.T("NodeStatus computed on the node, not sent", "在节点上计算 NodeStatus，不上报")
	PodsEvicted           = spec.T("Pods evicted", "驱逐 Pod")
	ReadyState            = spec.T("Ready", "Ready（就绪）")
	NotReadyState         = spec.T("NotReady (Ready: Unknown)", "NotReady（Ready 为 Unknown）")
	KubeletSendsStatus    = spec.T("kubelet sends NodeStatus", "kubelet 上报 NodeStatus")
	KubeletRenewsLease    = spec.T("kubelet renews its Lease", "kubelet 续约 Lease")
	KubeletComputesStatus = spec.T("kubelet computes NodeStatus", "kubelet 计算 NodeStatus")
	NodeFails             = spec.T("node fails", "节点故障")

	// The kubelet's heartbeat settings, as lane sublabels.
	LeaseRenewal = spec.T("Lease in kube-node-lease, renewed every 10 s: ¼ of nodeLeaseDurationSeconds (40), v1.14+",
		"kube-node-lease 中的 Lease，每 10 秒续约：nodeLeaseDurationSeconds（40）的 ¼，v1.14 起")
	ComputeEvery10s = spec.T("every 10 s: nodeStatusUpdateFrequency (all versions)", "每 10 秒：nodeStatusUpdateFrequency（各版本相同）")
	ReportOnChange  = spec.T("on change, else every nodeStatusReportFrequency: 5m (v1.17+; 1m in v1.13–v1.16)",
		"变化时上报，否则每 nodeStatusReportFrequency 一次：5m（v1.17 起；v1.13–v1.16 为 1m）")
)
