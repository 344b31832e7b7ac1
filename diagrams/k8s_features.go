package diagrams

import "github.com/kubefig/kubefig/render/spec"

// K8sFeatures is notes §1.4: the nine features of Kubernetes, each with the
// notes' one-line explanation and the objects that provide it, checked
// against upstream's "What Kubernetes provides".
func K8sFeatures() *spec.Diagram {
	feature := func(id, icon string, title, desc spec.Text, notes ...spec.Note) spec.Card {
		return spec.Card{ID: id, Icon: icon, Title: title, Desc: desc, Role: spec.RoleControl, Notes: notes}
	}
	obj := func(s string) spec.Note { return spec.Note{Text: spec.L(s)} }
	return &spec.Diagram{
		ID:    "k8s-features",
		Title: spec.T("What Kubernetes does for you: nine features", "Kubernetes 的九个重要特性"),
		Subtitle: spec.T("Kubernetes abstracts the hardware and systems underneath into one pool of resources that users call through its API.",
			"Kubernetes 整合并抽象了底层的硬件和系统环境等基础设施，对外提供一个统一的资源池，供用户通过 API 调用。"),
		Notes: []spec.Text{
			spec.T("Chips name the objects and tools behind each feature. Notes, section 1.4. Upstream: kubernetes.io/docs/concepts/overview/ (What Kubernetes provides), kubernetes.io/docs/concepts/configuration/secret/ and the kube-proxy reference.",
				"标签为实现各特性的对象与工具。笔记第 1.4 节。上游资料：kubernetes.io/docs/concepts/overview/（What Kubernetes provides）、kubernetes.io/docs/concepts/configuration/secret/ 与 kube-proxy 参考文档。"),
		},
		Cards: &spec.Cards{
			CardWidth: 350,
			Sections: []spec.Section{{
				ID: "features", Title: FeaturesPanel, Role: spec.RoleControl, Columns: 3,
				Cards: []spec.Card{
					feature("bin-packing", "bin-pack", FeatBinPacking,
						spec.T("Containers: build once, run anywhere. The scheduler fits them onto nodes by the CPU and memory they request.",
							"基于容器，一次开发，到处运行；调度器按容器请求的 CPU 与内存把它们装到节点上。"),
						obj("resources.requests"), obj("kube-scheduler")),
					feature("self-healing", "self-heal", FeatSelfHealing,
						spec.T("Restarts failed containers, reschedules Pods of a failed node onto other nodes, and kills and recreates containers that fail their health checks.",
							"自动重启；节点故障时自动重新调度到其它节点；健康状态检查失败时自动关闭并重建。"),
						obj("livenessProbe"), obj("ReplicaSet")),
					feature("horizontal-scaling", "scale-out", FeatHorizontalScaling,
						spec.T("By hand with a command or the UI, or automatically on CPU and other load.",
							"通过命令或 UI 手动水平扩展，或基于 CPU 等资源负载自动水平扩展。"),
						obj("kubectl scale"), obj("HorizontalPodAutoscaler")),
					feature("service-discovery", "dns", FeatServiceDiscovery,
						spec.T("Built into kube-dns / CoreDNS: every Service gets a DNS name that clients in the cluster use directly.",
							"kube-dns/CoreDNS 内置服务发现功能，为每个 Service 配置 DNS 名称，集群内的客户端可直接使用此名称访问。"),
						obj("svc.ns.svc.cluster.local")),
					feature("load-balancing", "load-balancer", FeatLoadBalancing,
						spec.T("A Service balances across its Pods, built in with kube-proxy's iptables and ipvs rules.",
							"Service 通过 kube-proxy 的 iptables 与 ipvs 规则内置了负载均衡。"),
						spec.Note{Role: spec.RoleInfo, Text: spec.T("today also nftables (GA v1.33)", "如今另有 nftables（v1.33 GA）")},
						spec.Note{Role: spec.RoleInfo, Text: spec.T("ipvs deprecated in v1.35", "ipvs 已在 v1.35 弃用")}),
					feature("rollouts", "rollout", FeatRollouts,
						spec.T("Rolls out a new version or configuration gradually, never killing all instances at once, and rolls back fast when something fails.",
							"支持“灰度”更新应用程序或配置信息，确保不会在同一时刻杀掉所有实例，遇到故障可以快速回滚。"),
						obj("Deployment"), obj("kubectl rollout undo")),
					feature("secrets-config", "secret", FeatSecretsConfig,
						spec.T("ConfigMaps hold configuration data, Secrets hold sensitive data, both kept out of the image.",
							"ConfigMap 存储配置数据，Secret 存储敏感数据，二者都不必打包进镜像。"),
						obj("ConfigMap"), obj("Secret"),
						spec.Note{Role: spec.RoleWarning, Text: spec.T("by default stored unencrypted in etcd; set up encryption at rest",
							"默认在 etcd 中未加密存储，需另配置静态加密")}),
					feature("storage", "store", FeatStorage,
						spec.T("Pods mount the storage they need on demand: local, public cloud or network storage.",
							"Pod 对象可以按需自动挂载不同类型的存储系统，包括本地存储、公有云存储和网络存储等。"),
						obj("PersistentVolumeClaim"), obj("StorageClass")),
					feature("batch", "batch", FeatBatch,
						spec.T("Besides long-running services, Kubernetes runs batch jobs to completion.",
							"除了服务型应用，Kubernetes 还支持批处理作业。"),
						obj("Job"), obj("CronJob")),
				},
			}},
		},
	}
}
