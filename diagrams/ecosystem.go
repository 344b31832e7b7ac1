package diagrams

import "github.com/kubefig/kubefig/render/spec"

// Ecosystem is notes §1.4: the projects a production cluster is built
// with, in the notes' five areas, each project's status checked: Weave
// Net is unmaintained since Weaveworks closed, Promtail has reached its
// end of life in favour of Grafana Alloy, and the CNCF archived Keptn.
func Ecosystem() *spec.Diagram {
	project := func(id, name, role string, desc spec.Text, badge string, notes ...spec.Note) spec.Card {
		return spec.Card{ID: id, Title: spec.L(name), Desc: desc, Role: role, Badge: badge, Notes: notes}
	}
	remark := func(role, en, zh string) spec.Note { return spec.Note{Text: spec.T(en, zh), Role: role} }
	return &spec.Diagram{
		ID:    "ecosystem",
		Title: spec.T("Kubernetes in production: the ecosystem around it", "生产环境中的 Kubernetes 生态"),
		Subtitle: spec.T("What the notes name for each job a production cluster needs done, and where each project stands today.",
			"笔记为生产集群的各项需求列出的项目，及各项目如今的状态。"),
		Notes: []spec.Text{
			spec.T("Notes, section 1.4. Upstream: CNCF landscape (cncf/landscape #4023, Weave products removed, 2024; #4504, Keptn archived, 2025), cncf/toc #1584 (Keptn), grafana.com/docs/loki/latest/send-data/promtail/ (Promtail EOL), Harbor and Distribution (CNCF), kubernetes.io/docs/concepts/extend-kubernetes/operator/ and kubernetes.io/docs/tasks/manage-kubernetes-objects/kustomization/.",
				"笔记第 1.4 节。上游资料：CNCF landscape（cncf/landscape #4023，2024 年移除 Weave 产品；#4504，2025 年归档 Keptn）、cncf/toc #1584（Keptn）、grafana.com/docs/loki/latest/send-data/promtail/（Promtail 终止支持）、Harbor 与 Distribution（CNCF）、kubernetes.io/docs/concepts/extend-kubernetes/operator/ 与 kubernetes.io/docs/tasks/manage-kubernetes-objects/kustomization/。"),
		},
		Cards: &spec.Cards{
			Aspect:    2.4,
			CardWidth: 200,
			Badges: []spec.Badge{
				{ID: "unmaintained", Label: BadgeUnmaintained, Role: spec.RoleWarning,
					Legend: spec.T("unmaintained since the notes: plan a replacement", "笔记之后已停止维护：需规划替代方案")},
				{ID: "archived", Label: BadgeArchived, Role: spec.RoleMuted,
					Legend: spec.T("archived by the CNCF: no longer developed", "已被 CNCF 归档：不再开发")},
			},
			Sections: []spec.Section{
				{ID: "registry", Title: spec.T("Registry and artifact repository", "镜像仓库与工件仓库"), Role: spec.RoleStore, Columns: 1,
					Cards: []spec.Card{
						project("harbor", "Harbor", spec.RoleStore, spec.T("Registry with projects and RBAC, replication, vulnerability scanning and signing; a CNCF graduated project.",
							"带项目与 RBAC、复制、漏洞扫描与签名的镜像仓库；CNCF 毕业项目。"), ""),
						project("docker-registry", "Docker Registry", spec.RoleStore, spec.T("The open-source registry server; Docker gave its code to the CNCF in 2021 as Distribution.",
							"开源的镜像仓库服务；2021 年由 Docker 捐给 CNCF，即 Distribution。"), ""),
					}},
				{ID: "networking", Title: spec.T("Networking: CNI plugins", "网络：CNI 网络插件"), Role: spec.RoleNetwork, Columns: 1,
					Cards: []spec.Card{
						project("flannel", "Flannel", spec.RoleNetwork, spec.T("A simple overlay network: VXLAN by default.", "简单的叠加网络：默认使用 VXLAN。"), ""),
						project("calico", "Calico", spec.RoleNetwork, spec.T("Routes Pod traffic at L3 (BGP) and enforces NetworkPolicy.", "以三层路由（BGP）转发 Pod 流量，并实施 NetworkPolicy。"), ""),
						project("weave-net", "Weave Net", spec.RoleNetwork, spec.T("A mesh overlay network. Weaveworks closed in 2024 and its repositories are archived.",
							"网状叠加网络。Weaveworks 已于 2024 年关闭，其代码仓库已归档。"), "unmaintained"),
					}},
				{ID: "telemetry", Title: spec.T("Telemetry", "遥测"), Role: spec.RoleAddon, Columns: 1,
					Cards: []spec.Card{
						project("prometheus", "Prometheus", spec.RoleAddon, spec.T("Metrics: scrapes and stores time series, evaluates alerting rules.", "指标：抓取并存储时间序列，计算告警规则。"), ""),
						project("efk", "EFK: Elasticsearch, Fluentd, Kibana", spec.RoleAddon, spec.T("Logs: Fluentd (or Fluent Bit) collects, Elasticsearch stores, Kibana shows.", "日志：Fluentd（或 Fluent Bit）采集，Elasticsearch 存储，Kibana 展示。"), ""),
						project("plg", "PLG: Promtail, Loki, Grafana", spec.RoleAddon, spec.T("Logs: Promtail ships, Loki stores, Grafana shows.", "日志：Promtail 采集，Loki 存储，Grafana 展示。"), "",
							remark(spec.RoleDanger, "Promtail: end of life on 2 March 2026; ship with Grafana Alloy", "Promtail 已于 2026 年 3 月 2 日终止支持；请改用 Grafana Alloy 采集")),
					}},
				{ID: "workloads", Title: spec.T("Containerized workloads", "容器化工作负载"), Role: spec.RoleControl, Columns: 1,
					Cards: []spec.Card{
						project("operators", "Operators", spec.RoleControl, spec.T("Custom controllers with custom resources that run an application the way a human operator would.",
							"自定义控制器加自定义资源，像运维人员那样运行应用。"), ""),
						project("helm", "Helm", spec.RoleControl, spec.T("Package manager: charts of templated manifests, installed as releases.", "包管理器：由模板化清单构成的 Chart，安装为 Release。"), ""),
						project("kustomize", "Kustomize", spec.RoleControl, spec.T("Template-free overlays on plain manifests; built into kubectl as apply -k since v1.14.", "在普通清单上叠加修改，无需模板；v1.14 起内置于 kubectl（apply -k）。"), ""),
					}},
				{ID: "cicd", Title: spec.T("CI/CD on Kubernetes", "基于 Kubernetes 的 CI/CD"), Role: spec.RoleWorker, Columns: 1,
					Cards: []spec.Card{
						project("jenkins", "Jenkins", spec.RoleWorker, spec.T("The classic automation server; runs build agents as Pods.", "经典的自动化服务器；以 Pod 运行构建代理。"), ""),
						project("tekton", "Tekton", spec.RoleWorker, spec.T("Pipelines as Kubernetes resources: Tasks and Pipelines run as Pods.", "以 Kubernetes 资源定义流水线：Task 与 Pipeline 以 Pod 运行。"), ""),
						project("flagger", "Flagger", spec.RoleWorker, spec.T("Progressive delivery: canary, A/B and blue-green releases; part of Flux.", "渐进式交付：金丝雀、A/B 与蓝绿发布；属于 Flux。"), ""),
						project("keptn", "Keptn", spec.RoleWorker, spec.T("Release lifecycle orchestration and quality gates; the CNCF archived it in 2025.", "发布生命周期编排与质量门禁；CNCF 已于 2025 年将其归档。"), "archived"),
					}},
			},
		},
	}
}
