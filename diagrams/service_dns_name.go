package diagrams

import "github.com/kubefig/kubefig/render/spec"

// ServiceDNSName is notes §1.3.1: the DNS name CoreDNS gives a Service,
// <service>.<namespace>.svc.<cluster domain>, and the /etc/resolv.conf the
// kubelet writes into each Pod: CoreDNS's ClusterIP as the name server and
// the search list that lets shorter names resolve. Checked against
// upstream's "DNS for Services and Pods" and "Customizing DNS Service".
func ServiceDNSName() *spec.Diagram {
	sep := func(s string) spec.Part { return spec.Part{Text: s} }
	return &spec.Diagram{
		ID:    "service-dns-name",
		Title: spec.T("Anatomy of a Service's DNS name", "Service 的 DNS 名称"),
		Subtitle: spec.T("CoreDNS names every Service <service>.<namespace>.svc.<cluster domain>; the kubelet points each Pod's resolver at CoreDNS.",
			"CoreDNS 为每个 Service 生成名称 <Service 名称>.<名称空间>.svc.<集群域名>；kubelet 让每个 Pod 的解析器指向 CoreDNS。"),
		Desc: spec.T("The name web.default.svc.cluster.local split into Service name, namespace, the fixed label svc and the cluster domain; below it the nameserver and search lines of a Pod's /etc/resolv.conf in namespace default.",
			"将名称 web.default.svc.cluster.local 拆分为 Service 名称、名称空间、固定标签 svc 与集群域名；其下为 default 名称空间中某个 Pod 的 /etc/resolv.conf 里的 nameserver 与 search 两行。"),
		Notes: []spec.Text{
			spec.T("Notes, section 1.3.1, checked against upstream: \"DNS for Services and Pods\" (kubernetes.io/docs/concepts/services-networking/dns-pod-service/) and \"Customizing DNS Service\" (kubernetes.io/docs/tasks/administer-cluster/dns-custom-nameservers/).",
				"笔记第 1.3.1 节，已对照上游核实：“Service 与 Pod 的 DNS”（kubernetes.io/docs/concepts/services-networking/dns-pod-service/）与“自定义 DNS 服务”（kubernetes.io/docs/tasks/administer-cluster/dns-custom-nameservers/）。"),
			spec.T("CoreDNS is GA and kubeadm's default since v1.11 (kube-dns before); its Service keeps the name kube-dns. The search list applies under dnsPolicy ClusterFirst, the default; the file also sets options ndots:5, so names with fewer than five dots try the search list first.",
				"CoreDNS 自 v1.11 起 GA 并成为 kubeadm 的默认选择（此前为 kube-dns），其 Service 仍名为 kube-dns。搜索列表在 dnsPolicy 为 ClusterFirst（默认值）时生效；该文件还设置了 options ndots:5，点号少于 5 个的名称会先按搜索列表补全。"),
		},
		Anatomy: &spec.Anatomy{
			Columns: 2,
			Rows: []spec.AnatomyRow{
				{
					ID:    "fqdn",
					Label: spec.T("The name of Service web in namespace default", "default 名称空间中 Service web 的名称"),
					Text:  "web.default.svc.cluster.local",
					Parts: []spec.Part{
						{ID: "fqdn-service", Text: "web", Annotation: spec.Annotation{Role: spec.RoleSeries6, Name: ServiceName,
							Desc: spec.T("the Service's metadata.name", "即 Service 的 metadata.name")}},
						sep("."),
						{ID: "fqdn-ns", Text: "default", Annotation: spec.Annotation{Role: spec.RoleSeries4, Name: Namespace,
							Desc: spec.T("the Service's namespace", "Service 所在的名称空间")}},
						sep("."),
						{ID: "fqdn-svc", Text: "svc", Annotation: spec.Annotation{Role: spec.RoleSeries5, Name: spec.L("svc"),
							Desc: spec.T("fixed: a Service's name (Pods' names use pod)", "固定标签：表示 Service（Pod 的名称用 pod）")}},
						sep("."),
						{ID: "fqdn-domain", Text: "cluster.local", Annotation: spec.Annotation{Role: spec.RoleSeries2, Name: ClusterDomain,
							Desc: spec.T("cluster.local unless configured: kubelet --cluster-domain (clusterDomain), kubeadm networking.dnsDomain",
								"默认为 cluster.local，可配置：kubelet 的 --cluster-domain（clusterDomain），kubeadm 的 networking.dnsDomain")}},
					},
					Note: spec.T("CoreDNS answers with the Service's ClusterIP (for a headless Service: the IPs of its Pods).",
						"CoreDNS 以该 Service 的 ClusterIP 应答（无头 Service 则返回其各 Pod 的 IP）。"),
				},
				{
					ID:    "nameserver",
					Label: spec.T("The kubelet writes a Pod's /etc/resolv.conf: its name server", "kubelet 为 Pod 生成 /etc/resolv.conf：名称服务器"),
					Text:  "nameserver 10.96.0.10",
					Parts: []spec.Part{
						sep("nameserver "),
						{ID: "dns-ip", Text: "10.96.0.10", Annotation: spec.Annotation{Role: spec.RoleControl, Name: CoreDNSClusterIP,
							Desc: spec.T("Service kube-dns in kube-system; given to the kubelet as --cluster-dns (clusterDNS); kubeadm takes the 10th address of the Service CIDR 10.96.0.0/12",
								"即 kube-system 中的 Service kube-dns；通过 --cluster-dns（clusterDNS）告知 kubelet；kubeadm 取 Service 网段 10.96.0.0/12 的第 10 个地址")}},
					},
				},
				{
					ID:    "search",
					Label: spec.T("… and its search list, for a Pod in namespace default: a short name is tried with each suffix in turn", "……及其搜索列表（以 default 名称空间中的 Pod 为例）：短名称依次补全各后缀后查询"),
					Wide:  true,
					Text:  "search default.svc.cluster.local svc.cluster.local cluster.local",
					Parts: []spec.Part{
						sep("search "),
						{ID: "search-ns", Text: "default.svc.cluster.local", Annotation: spec.Annotation{Role: spec.RoleSeries4,
							Name:    spec.T("the Pod's own namespace", "Pod 自身的名称空间"),
							Example: spec.L("web → web.default.svc.cluster.local")}},
						sep(" "),
						{ID: "search-svc", Text: "svc.cluster.local", Annotation: spec.Annotation{Role: spec.RoleSeries5,
							Name:    spec.T("any namespace", "任意名称空间"),
							Example: spec.L("web.default → web.default.svc.cluster.local")}},
						sep(" "),
						{ID: "search-domain", Text: "cluster.local", Annotation: spec.Annotation{Role: spec.RoleSeries2,
							Name:    ClusterDomain,
							Example: spec.L("web.default.svc → web.default.svc.cluster.local")}},
					},
				},
			},
		},
	}
}
