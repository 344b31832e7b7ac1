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

// kubeadm terms (notes §2.1), shared by kubeadm-init, kubeadm-init-today,
// kubeadm-join and kubeadm-overview. Phase and object names stay literal;
// "TLS Bootstrap" keeps the notes' spelling in Chinese. Chinese badge
// words: 位置变化 (moved), 笔记后新增 (new since the notes), 已变化
// (changed), 已移除 (removed).
var (
	CmdKubeadmInit  = spec.L("kubeadm init")
	CmdKubeadmJoin  = spec.L("kubeadm join")
	CmdKubeadmReset = spec.L("kubeadm reset")
	CmdKubeadmToken = spec.L("kubeadm token")
	ControlPlaneN   = spec.T("control-plane node", "控制平面节点")
	StaticPod       = spec.T("static Pod", "静态 Pod")
	TLSBootstrap    = spec.T("TLS bootstrap", "TLS Bootstrap")

	// Badges: what changed since the notes (kubeadm v1.14–v1.16).
	BadgeMoved   = spec.T("moved", "位置变化")
	BadgeNew     = spec.T("new", "新增")
	BadgeChanged = spec.T("changed", "已变化")
	BadgeRemoved = spec.T("removed", "已移除")
	BadgeDefault = spec.T("default", "默认")

	// Stages of kubeadm init.
	StagePrepareNode = spec.T("prepare the node", "准备节点")
	StageWriteFiles  = spec.T("write files under /etc/kubernetes", "在 /etc/kubernetes 下生成文件")
	StageStartCP     = spec.T("start the control plane", "启动控制平面")
	StageThroughAPI  = spec.T("set up the cluster through the API server", "通过 API server 配置集群")
	StageFinish      = spec.T("finish", "收尾")

	// Artifacts that several kubeadm diagrams show.
	ArtPKI          = spec.L("/etc/kubernetes/pki/")
	ArtEtcdManifest = spec.L("/etc/kubernetes/manifests/etcd.yaml")
	ArtKubeletCfg   = spec.L("/var/lib/kubelet/config.yaml")
	ArtKubeletEnv   = spec.L("/var/lib/kubelet/kubeadm-flags.env")
	ArtKubeletConf  = spec.L("/etc/kubernetes/kubelet.conf")
	ArtKubeadmCfgCM = spec.L("kube-system/kubeadm-config")
	ArtKubeadmCerts = spec.L("kube-system/kubeadm-certs")
	ArtClusterInfo  = spec.L("kube-public/cluster-info")
	PullsImages     = spec.T("pulls the control-plane images", "拉取控制平面镜像")

	// Phase descriptions the notes and today share.
	DescPreflight      = spec.T("Pre-flight checks before bootstrapping", "引导前检查")
	DescCerts          = spec.T("Generates the private keys and certificates", "生成私钥以及数字证书")
	DescKubeconfig     = spec.T("Generates the kubeconfig files of the control plane", "生成控制平面的 kubeconfig 文件")
	DescControlPlane   = spec.T("Generates the manifests of the control-plane components", "生成控制平面组件的 manifest 文件")
	DescEtcd           = spec.T("Generates the static Pod manifest of a local etcd", "为本地 etcd 生成静态 Pod 清单")
	DescKubeletStart   = spec.T("Writes the kubelet configuration and (re)starts the kubelet, so it runs the components as static Pods", "生成 kubelet 配置，启动或重启 kubelet，以便以静态 Pod 运行各组件")
	DescUploadConfig   = spec.T("Stores the kubeadm and kubelet configuration as ConfigMaps in the cluster", "将 kubeadm 和 kubelet 的配置存储为集群上的 ConfigMap 资源对象")
	DescUploadCerts    = spec.T("Uploads the control-plane certificates as kubeadm-certs", "将控制平面证书上传为 kubeadm-certs")
	DescMarkCP         = spec.T("Marks the node as a control-plane (Master) node", "设定 Master（控制平面）标志")
	DescBootstrapToken = spec.T("Sets up the bootstrap token and TLS bootstrapping for joining nodes", "进行基于 TLS 的安全引导相关的配置")
	DescAddon          = spec.T("Installs the core add-ons: DNS and kube-proxy", "安装 DNS 和 kube-proxy 核心附件")
	OnlyWithUploadCert = spec.T("only with --upload-certs; encrypted, expires after 2 h", "仅在指定 --upload-certs 时；已加密，2 小时后过期")
	BootstrapTokenArts = spec.T("bootstrap token; RBAC to post and auto-approve node CSRs", "引导令牌；允许提交并自动批准节点 CSR 的 RBAC 规则")
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

// Container images, storage drivers and runtimes (notes §1.1.1, §1.1.2):
// the image-layers-cow and container-runtime-stack diagrams. Chinese terms
// follow the notes: 镜像层, 存储驱动, 写时复制（CoW）, 容器运行时.
// OverlayFS's own words (lowerdir, upperdir, merged, copy_up, whiteout)
// and program names stay literal. The notes write "runC", Docker's 2016
// spelling; the project and its binary are "runc" upstream, which the
// diagrams use.
var (
	ImageLayer         = spec.T("image layer", "镜像层")
	ReadOnlyImageLayer = spec.T("read-only image layer", "只读镜像层")
	ContainerLayer     = spec.T("container layer", "容器层")
	MergedView         = spec.T("merged view", "合并视图")
	CopyOnWrite        = spec.T("copy-on-write (CoW)", "写时复制（CoW）")
	StorageDriver      = spec.T("storage driver", "存储驱动")
	ContainerA         = spec.T("Container A", "容器 A")
	ContainerB         = spec.T("Container B", "容器 B")

	Dockerd              = spec.L("dockerd")
	Dockershim           = spec.L("dockershim")
	Containerd           = spec.L("containerd")
	ContainerdShim       = spec.L("containerd-shim")
	ContainerdShimRuncV2 = spec.L("containerd-shim-runc-v2")
	Runc                 = spec.L("runc")
	CRI                  = spec.L("CRI")
)

// ---- Cards and graphs of notes §1.1.1, §1.4, §3.1.1, §3.2, §3.3 ----
// (docker-network-modes, k8s-features, ecosystem, resource-categories,
// object-anatomy, management-modes, namespaces.) Feature names follow the
// notes' Chinese (自动装箱, 自我修复 ...); "resource object" is 资源对象 and
// "manifest" 配置清单, as in the notes; the three management techniques
// keep the notes' 命令式命令 / 命令式对象配置 / 声明式对象配置 (the notes'
// typos 命令时 and 生命是 corrected). In the small print of graph boxes
// "network namespace" shortens to netns in both languages.
var (
	// Docker networking (notes §1.1.1).
	HostEth0 = spec.T("host eth0", "宿主机 eth0")
	VethPair = spec.T("veth pair", "veth 设备对")
	OwnNetns = spec.T("own netns", "独立的 netns")

	// The features of Kubernetes (notes §1.4).
	FeaturesPanel         = spec.T("Nine features, as the notes list them", "笔记列出的九个重要特性")
	FeatBinPacking        = spec.T("Automatic bin packing", "自动装箱")
	FeatSelfHealing       = spec.T("Self-healing", "自我修复")
	FeatHorizontalScaling = spec.T("Horizontal scaling", "水平扩展")
	FeatServiceDiscovery  = spec.T("Service discovery", "服务发现")
	FeatLoadBalancing     = spec.T("Load balancing", "负载均衡")
	FeatRollouts          = spec.T("Automated rollouts and rollbacks", "自动发布和回滚")
	FeatSecretsConfig     = spec.T("Secret and configuration management", "密钥和配置管理")
	FeatStorage           = spec.T("Storage orchestration", "存储编排")
	FeatBatch             = spec.T("Batch execution", "批量处理执行")

	// Who sets a field of an object (notes §3.2).
	SetByYou    = spec.T("you", "用户")
	SetBySystem = spec.T("system", "系统")

	// The three ways to manage objects (notes §3.2.5) and the rows that
	// compare them, after upstream's "Kubernetes Object Management".
	ModeImperativeCommands = spec.T("Imperative commands", "命令式命令")
	ModeImperativeConfig   = spec.T("Imperative object configuration", "命令式对象配置")
	ModeDeclarativeConfig  = spec.T("Declarative object configuration", "声明式对象配置")
	RowCommands            = spec.T("Commands", "命令")
	RowOperatesOn          = spec.T("Operates on", "作用于")
	RowRecommended         = spec.T("Recommended for", "建议的环境")
	RowTradeOffs           = spec.T("Trade-offs", "权衡")

	// Marks on cards: what changed since the notes (notes §1.4, §3.1.1).
	BadgeNotInNotes    = spec.T("not in the notes", "笔记未列出")
	BadgeLegacy        = spec.T("legacy", "旧式")
	BadgeNamespaced    = spec.T("namespaced", "名称空间级")
	BadgeClusterScoped = spec.T("cluster-scoped", "集群级")
	BadgeUnmaintained  = spec.T("unmaintained", "已停止维护")
	BadgeArchived      = spec.T("archived", "已归档")
)

// Deploying and reaching an application (notes §1.3.4), and the control
// loop (notes §1.3.2): the deploy-and-access and controller-loop diagrams.
// Controller names keep the object literal (Deployment 控制器), as the
// notes write "deployment -- 无状态应用"; "watch" stays literal in Chinese,
// as upstream's Chinese docs keep it.
var (
	User                    = spec.T("User", "用户")
	DeploymentController    = spec.T("Deployment controller", "Deployment 控制器")
	ReplicaSetController    = spec.T("ReplicaSet controller", "ReplicaSet 控制器")
	InKubeControllerManager = spec.T("in kube-controller-manager", "位于 kube-controller-manager")
	IngressL7Short          = spec.T("L7: HTTP / HTTPS", "七层：HTTP/HTTPS")

	// The legend of a sequence.
	Request         = spec.T("request", "请求")
	ResponseOrWatch = spec.T("response, or a watch notification", "响应，或 watch 通知")
	WithoutIngress  = spec.T("the other way in: L4, without an Ingress", "另一条入口：四层，不经 Ingress")
)

// The three steps of a control loop (notes §1.3.2: 控制循环).
var (
	LoopObserve = spec.T("Observe", "观察")
	LoopCompare = spec.T("Compare", "比较")
	LoopAct     = spec.T("Act", "行动")
)

// Anatomy diagrams: api-url (notes §3.1.2), service-dns-name (§1.3.1) and
// kubectl-syntax (§2.3.2). "API group" is 群组, as the notes write it
// (核心群组, 命名的群组); "resource type" is 资源类型; a command's flags are
// 命令行选项 and its command 子命令, as in §2.3.2. Placeholders kubectl
// prints in capitals (TYPE, NAME) stay literal in the strings themselves.
var (
	APIRoot            = spec.T("API root", "API 根路径")
	APIGroup           = spec.T("group", "群组")
	APIVersion         = spec.T("version", "版本")
	ResourceTypePlural = spec.T("resource type (plural)", "资源类型（复数）")
	InTheManifest      = spec.T("In a manifest", "资源清单中")

	Namespace        = spec.T("namespace", "名称空间")
	ServiceName      = spec.T("Service name", "Service 名称")
	ClusterDomain    = spec.T("cluster domain", "集群域名")
	CoreDNSClusterIP = spec.T("CoreDNS's ClusterIP", "CoreDNS 的 ClusterIP")

	KubectlCommand = spec.T("command", "子命令")
	ResourceType   = spec.T("resource type", "资源类型")
	ResourceName   = spec.T("resource name", "资源名称")
	KubectlFlags   = spec.T("flags", "命令行选项")
)
