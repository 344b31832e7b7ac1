package diagrams

import "github.com/kubefig/kubefig/render/spec"

// The heartbeat story in numbers (seconds). The node fails just after its
// heartbeat at 30 s; the node controller notices after the grace period,
// counted from the last heartbeat, and evicts Pods five minutes later.
const (
	hbLast       = 30.0  // the last heartbeat that arrives
	hbFail       = 35.0  // the node fails
	hbGrace      = 40.0  // --node-monitor-grace-period up to v1.31
	hbGraceToday = 50.0  // --node-monitor-grace-period from v1.32
	hbEvictAfter = 300.0 // --pod-eviction-timeout 5m0s; tolerationSeconds: 300
	hbNotReady   = hbLast + hbGrace
	hbEvict      = hbNotReady + hbEvictAfter
	hbEnd        = 400.0
)

// NodeHeartbeat is notes §3.4.1: how a node's health reaches the control
// plane before node leases and with them, and what follows when the node
// fails. Every number carries the setting it comes from, as upstream spells
// it, and the versions it holds for; today's values stand beside the notes'.
func NodeHeartbeat() *spec.Diagram {
	sent := func(to float64) spec.Periodic { return spec.Periodic{Every: 10, From: 0, To: to} }
	missed := spec.Periodic{Every: 10, From: 40, To: hbEnd, Missed: true}
	controller := func(band string, unknown spec.Text) spec.Lane {
		return spec.Lane{
			ID: band + "-node-controller", Label: NodeController, Role: spec.RoleControl,
			Sublabel: spec.T("in kube-controller-manager; checks every 5 s: --node-monitor-period (all versions)",
				"位于 kube-controller-manager；每 5 秒检查一次：--node-monitor-period（各版本相同）"),
			Intervals: []spec.Interval{
				{ID: band + "-ready", From: 0, To: hbNotReady, Label: ReadyState, Role: spec.RoleSuccess},
				{ID: band + "-unknown", From: hbNotReady, To: hbEvict, Label: unknown, Role: spec.RoleWarning},
			},
			Events: []spec.Event{
				{ID: band + "-evicted", At: hbEvict, Marker: spec.EventDiamond, Role: spec.RoleDanger},
			},
		}
	}
	before := controller("before", NotReadyState)
	with := controller("with", spec.T("Unknown + NoExecute taint", "Unknown + NoExecute 污点"))

	return &spec.Diagram{
		ID:    "node-heartbeat",
		Title: spec.T("Node heartbeat: before node leases and with them", "节点心跳：节点租约之前与之后"),
		Subtitle: spec.T("The node fails at 35 s, just after its heartbeat at 30 s. Default settings; each number with its setting and versions.",
			"节点在 35 秒故障，恰在 30 秒的心跳之后。均为默认设置；每个数值都注明其设置项与适用版本。"),
		Desc: spec.T("Two timelines on one time axis. Before node leases the kubelet sends NodeStatus every 10 seconds; with node leases it renews a Lease every 10 seconds and sends NodeStatus only on change or every 5 minutes. After the node fails, the node controller marks it NotReady 40 seconds after the last heartbeat (50 seconds from v1.32) and Pods are evicted 5 minutes later.",
			"同一时间轴上的两条时间线。节点租约之前，kubelet 每 10 秒发送一次 NodeStatus；有了节点租约，kubelet 每 10 秒续约一次 Lease，NodeStatus 仅在变化时或每 5 分钟上报一次。节点故障后，节点控制器在最后一次心跳 40 秒后（v1.32 起为 50 秒）将其标记为 NotReady，再过 5 分钟驱逐 Pod。"),
		Notes: []spec.Text{
			spec.T("Notes, section 3.4.1, checked against upstream: kubelet configuration reference (kubelet.config.k8s.io/v1beta1), kube-controller-manager reference, \"Node status: Heartbeats\", \"Taints and tolerations: Taint based evictions\", the NodeLease feature gate and the v1.17, v1.27 and v1.32 changelogs.",
				"笔记第 3.4.1 节，已对照上游核实：kubelet 配置参考（kubelet.config.k8s.io/v1beta1）、kube-controller-manager 参考、“节点状态 › 心跳”、“污点和容忍度 › 基于污点的驱逐”、NodeLease 特性门控，以及 v1.17、v1.27、v1.32 的变更日志。"),
			spec.T("Where the notes differ: node leases were alpha (off by default) in v1.12–v1.13 and on by default from v1.14, GA in v1.17 — not \"from v1.13\". The notes' \"node-status-update-period\" is the kubelet field nodeStatusReportFrequency: 5m from v1.17, 1m in v1.13–v1.16. --node-monitor-grace-period is 50s from v1.32. --pod-eviction-timeout is ignored by default from v1.13 (taint-based eviction), deprecated in v1.26, removed in v1.27.",
				"与笔记不同之处：节点租约在 v1.12–v1.13 为 Alpha（默认关闭），v1.14 起默认开启，v1.17 GA，而非“v1.13 起”。笔记中的“node-status-update-period”实为 kubelet 字段 nodeStatusReportFrequency：v1.17 起为 5m，v1.13–v1.16 为 1m。--node-monitor-grace-period 自 v1.32 起为 50s。--pod-eviction-timeout 自 v1.13 起默认不再生效（改为基于污点的驱逐），v1.26 弃用，v1.27 移除。"),
			spec.T("Times are approximate: the node controller looks every --node-monitor-period (5s), so NotReady and eviction may come up to 5 s later than drawn.",
				"时间为近似值：节点控制器每隔 --node-monitor-period（5s）检查一次，因此 NotReady 与驱逐可能比图中晚至多 5 秒。"),
		},
		Legend: []spec.LegendItem{
			{Role: spec.RoleWorker, Marker: spec.MarkerDot, Label: HeartbeatSent},
			{Role: spec.RoleWorker, Marker: spec.MarkerMissed, Label: HeartbeatMissed},
			{Role: spec.RoleWorker, Marker: spec.MarkerTick, Label: ComputedNotSent},
			{Role: spec.RoleSuccess, Marker: spec.MarkerBox, Label: ReadyState},
			{Role: spec.RoleWarning, Marker: spec.MarkerBox, Label: NotReadyState},
			{Role: spec.RoleDanger, Marker: spec.MarkerDiamond, Label: PodsEvicted},
		},
		Timeline: &spec.Timeline{
			Axis: spec.TimeAxis{From: 0, To: hbEnd, Breaks: []spec.AxisBreak{{From: 100, To: 290}}},
			Bands: []spec.Band{
				{
					ID:       "before",
					Label:    spec.T("Before node leases: NodeStatus is the heartbeat", "节点租约之前：NodeStatus 即心跳"),
					Sublabel: spec.T("the default up to v1.13", "v1.13 及更早版本的默认行为"),
					Lanes: []spec.Lane{
						{
							ID: "before-kubelet", Label: KubeletSendsStatus, Role: spec.RoleWorker,
							Sublabel: spec.T("every 10 s: nodeStatusUpdateFrequency (--node-status-update-frequency), all versions",
								"每 10 秒：nodeStatusUpdateFrequency（--node-status-update-frequency），各版本相同"),
							Periodic: []spec.Periodic{sent(hbLast), missed},
						},
						before,
					},
				},
				{
					ID:       "with",
					Label:    spec.T("With node leases: the Lease is the heartbeat", "有了节点租约：Lease 即心跳"),
					Sublabel: spec.T("on by default from v1.14, GA in v1.17", "v1.14 起默认开启，v1.17 GA"),
					Lanes: []spec.Lane{
						{
							ID: "with-lease", Label: KubeletRenewsLease, Role: spec.RoleWorker,
							Sublabel: LeaseRenewal,
							Periodic: []spec.Periodic{sent(hbLast), missed},
						},
						{
							ID: "with-compute", Label: KubeletComputesStatus, Role: spec.RoleWorker,
							Sublabel: ComputeEvery10s,
							Periodic: []spec.Periodic{{Every: 10, From: 0, To: hbLast, Marker: spec.EventTick}},
						},
						{
							ID: "with-status", Label: KubeletSendsStatus, Role: spec.RoleWorker,
							Sublabel: ReportOnChange,
							Events: []spec.Event{
								{ID: "with-status-sent", At: 0},
								{ID: "with-status-due", At: 300, Missed: true},
							},
						},
						with,
					},
				},
			},
			Thresholds: []spec.Threshold{
				{ID: "fail", At: hbFail, Label: NodeFails, Role: spec.RoleDanger,
					Sublabel: spec.T("after its heartbeat at 30 s", "在 30 秒的心跳之后")},
				{ID: "not-ready", At: hbNotReady, Role: spec.RoleWarning,
					Label:    spec.T("NotReady: 30 s + 40 s", "NotReady：30 秒 + 40 秒"),
					Sublabel: spec.T("--node-monitor-grace-period=40s (to v1.31)", "--node-monitor-grace-period=40s（至 v1.31）")},
				{ID: "not-ready-today", At: hbLast + hbGraceToday, Role: spec.RoleWarning, Style: spec.Dashed,
					Label:    spec.T("v1.32+: 30 s + 50 s", "v1.32 起：30 秒 + 50 秒"),
					Sublabel: spec.T("--node-monitor-grace-period=50s", "--node-monitor-grace-period=50s")},
				{ID: "evict", At: hbEvict, Role: spec.RoleDanger,
					Label: spec.T("Pods evicted: 70 s + 5 min", "驱逐 Pod：70 秒 + 5 分钟"),
					Sublabel: spec.T("--pod-eviction-timeout=5m0s (to v1.26) or tolerationSeconds: 300 (v1.13+)",
						"--pod-eviction-timeout=5m0s（至 v1.26）或 tolerationSeconds: 300（v1.13 起）")},
				{ID: "evict-today", At: hbLast + hbGraceToday + hbEvictAfter, Role: spec.RoleDanger, Style: spec.Dashed,
					Label: spec.T("v1.32+: 80 s + 5 min", "v1.32 起：80 秒 + 5 分钟")},
			},
			Callouts: []spec.Callout{
				{ID: "before-not-ready", Lane: "before-node-controller", At: hbNotReady,
					Text: spec.T("no NodeStatus for --node-monitor-grace-period (40s) → NotReady",
						"--node-monitor-grace-period（40s）内未收到 NodeStatus → 标记为 NotReady")},
				{ID: "before-evict", Lane: "before-node-controller", At: hbEvict,
					Text: spec.T("--pod-eviction-timeout=5m0s after NotReady → Pods deleted (ignored by default from v1.13, removed in v1.27)",
						"NotReady 之后经过 --pod-eviction-timeout=5m0s → 删除 Pod（v1.13 起默认不生效，v1.27 移除）")},
				{ID: "with-due", Lane: "with-status", At: 300,
					Text: spec.T("next report due 5 min after the last: nodeStatusReportFrequency=5m",
						"距上次上报 5 分钟，本应再次上报：nodeStatusReportFrequency=5m")},
				{ID: "with-not-ready", Lane: "with-node-controller", At: hbNotReady,
					Text: spec.T("Lease not renewed for --node-monitor-grace-period → Ready: Unknown, taint node.kubernetes.io/unreachable:NoExecute",
						"--node-monitor-grace-period 内 Lease 未续约 → Ready 为 Unknown，添加污点 node.kubernetes.io/unreachable:NoExecute")},
				{ID: "with-evict", Lane: "with-node-controller", At: hbEvict,
					Text: spec.T("the Pods' default toleration runs out (tolerationSeconds: 300, set by kube-apiserver --default-unreachable-toleration-seconds) → Pods evicted. Taint-based eviction: default from v1.13, GA in v1.18",
						"Pod 的默认容忍到期（tolerationSeconds: 300，由 kube-apiserver 的 --default-unreachable-toleration-seconds 设置）→ 驱逐 Pod。基于污点的驱逐：v1.13 起默认开启，v1.18 GA")},
			},
		},
	}
}

// NodeHeartbeatLease is the lease mechanism alone, on a healthy node: the
// kubelet renews its small Lease every 10 seconds and computes NodeStatus
// as often, but sends NodeStatus only when it changes or when
// nodeStatusReportFrequency has passed. That is the point of node leases:
// far fewer writes of the large Node object to the API server and etcd.
func NodeHeartbeatLease() *spec.Diagram {
	const end, change = 780.0, 450.0
	return &spec.Diagram{
		ID:    "node-heartbeat-lease",
		Title: spec.T("Node leases: a cheap heartbeat, rare NodeStatus reports", "节点租约：轻量的心跳，稀少的 NodeStatus 上报"),
		Subtitle: spec.T("A healthy node for 13 minutes: 79 updates of the Node object before node leases; with them, 79 small Lease renewals and 4 NodeStatus reports.",
			"一个健康节点的 13 分钟：节点租约之前，Node 对象更新 79 次；有了节点租约，小小的 Lease 续约 79 次，NodeStatus 仅上报 4 次。"),
		Desc: spec.T("The kubelet renews its Lease in kube-node-lease every 10 seconds and computes NodeStatus every 10 seconds, but sends NodeStatus only when it changes or 5 minutes after the last report.",
			"kubelet 每 10 秒续约一次 kube-node-lease 中的 Lease，每 10 秒计算一次 NodeStatus，但仅在其变化时或距上次上报 5 分钟时才上报。"),
		Notes: []spec.Text{
			spec.T("Notes, section 3.4.1, checked against the kubelet configuration reference (kubelet.config.k8s.io/v1beta1), \"Node status: Heartbeats\" and KEP-0009 (Efficient Node Heartbeats), which found Node objects that \"may easily exceed 15kB\" in etcd.",
				"笔记第 3.4.1 节，已对照 kubelet 配置参考（kubelet.config.k8s.io/v1beta1）、“节点状态 › 心跳”与 KEP-0009（高效的节点心跳）核实；KEP-0009 指出 etcd 中的 Node 对象“很容易超过 15kB”。"),
			spec.T("The notes' \"node-status-update-period\" is the kubelet field nodeStatusReportFrequency: 5m from v1.17, 1m in v1.13–v1.16. Setting nodeStatusUpdateFrequency explicitly makes nodeStatusReportFrequency default to the same value.",
				"笔记中的“node-status-update-period”实为 kubelet 字段 nodeStatusReportFrequency：v1.17 起为 5m，v1.13–v1.16 为 1m。若显式设置 nodeStatusUpdateFrequency，nodeStatusReportFrequency 的默认值随之取相同值。"),
		},
		Legend: []spec.LegendItem{
			{Role: spec.RoleWorker, Marker: spec.MarkerDot, Label: HeartbeatSent},
			{Role: spec.RoleWorker, Marker: spec.MarkerTick, Label: ComputedNotSent},
			{Role: spec.RoleSeries2, Marker: spec.MarkerDiamond, Label: spec.T("NodeStatus changed", "NodeStatus 发生变化")},
		},
		Timeline: &spec.Timeline{
			Axis:  spec.TimeAxis{From: 0, To: end},
			Width: 1100,
			Bands: []spec.Band{
				{
					ID:       "lease-before",
					Label:    spec.T("Before node leases, for comparison", "对照：节点租约之前"),
					Sublabel: spec.T("the default up to v1.13", "v1.13 及更早版本的默认行为"),
					Lanes: []spec.Lane{{
						ID: "before-status", Label: KubeletSendsStatus, Role: spec.RoleWorker,
						Sublabel: spec.T("every 10 s: nodeStatusUpdateFrequency (all versions)", "每 10 秒：nodeStatusUpdateFrequency（各版本相同）"),
						Periodic: []spec.Periodic{{Every: 10, From: 0, To: end}},
					}},
				},
				{
					ID:       "lease-with",
					Label:    spec.T("With node leases", "有了节点租约"),
					Sublabel: spec.T("v1.17+ defaults", "v1.17 起的默认设置"),
					Lanes: []spec.Lane{
						{
							ID: "lease-renew", Label: KubeletRenewsLease, Role: spec.RoleWorker,
							Sublabel: LeaseRenewal,
							Periodic: []spec.Periodic{{Every: 10, From: 0, To: end}},
						},
						{
							ID: "lease-compute", Label: KubeletComputesStatus, Role: spec.RoleWorker,
							Sublabel: ComputeEvery10s,
							Periodic: []spec.Periodic{{Every: 10, From: 0, To: end, Marker: spec.EventTick}},
						},
						{
							ID: "lease-status", Label: KubeletSendsStatus, Role: spec.RoleWorker,
							Sublabel: ReportOnChange,
							Intervals: []spec.Interval{
								{ID: "quiet-1", From: 0, To: 300, Label: spec.T("no change: wait 5 min", "无变化：等待 5 分钟"), Role: spec.RoleMuted},
								{ID: "quiet-2", From: change, To: change + 300, Label: spec.T("no change: wait 5 min", "无变化：等待 5 分钟"), Role: spec.RoleMuted},
							},
							Events: []spec.Event{
								{ID: "report-0", At: 0},
								{ID: "report-5", At: 300},
								{ID: "changed", At: change, Marker: spec.EventDiamond, Role: spec.RoleSeries2},
								{ID: "report-12", At: change + 300},
							},
						},
						{
							ID: "lease-controller", Label: NodeController, Role: spec.RoleControl,
							Sublabel: spec.T("Ready while the Lease is renewed within --node-monitor-grace-period (40s; 50s from v1.32)",
								"只要 Lease 在 --node-monitor-grace-period（40s；v1.32 起 50s）内续约，即为 Ready"),
							Intervals: []spec.Interval{{ID: "lease-ready", From: 0, To: end, Label: ReadyState, Role: spec.RoleSuccess}},
						},
					},
				},
			},
			Callouts: []spec.Callout{
				{ID: "before-heavy", Lane: "before-status", At: 0,
					Text: spec.T("79 updates of the whole Node object; KEP-0009: a Node object \"may easily exceed 15kB\" in etcd",
						"79 次更新整个 Node 对象；KEP-0009：etcd 中的 Node 对象“很容易超过 15kB”")},
				{ID: "renew-small", Lane: "lease-renew", At: 0,
					Text: spec.T("79 renewals, each updating only spec.renewTime of a small Lease object",
						"续约 79 次，每次只更新小小的 Lease 对象的 spec.renewTime")},
				{ID: "report-due", Lane: "lease-status", At: 300,
					Text: spec.T("5 min without a change: sent anyway", "5 分钟无变化：照样上报一次")},
				{ID: "report-change", Lane: "lease-status", At: change,
					Text: spec.T("changed (e.g. a condition): sent at once; the 5-minute wait starts again",
						"发生变化（如某个状况）：立即上报；5 分钟等待重新计时")},
			},
		},
	}
}
