package diagrams

import "github.com/kubefig/kubefig/render/spec"

// ImageLayersCoW is notes §1.1.1 (storage drivers, stackable image layers,
// copy-on-write) as a stack: an image's read-only layers, one per
// Dockerfile instruction that changes files, shared by two containers,
// each with its own thin writable layer and merged view on top; the
// overlay2 names on the right, the copy-on-write rules on the left.
// Checked against Docker's storage driver and OverlayFS pages and its
// deprecation list.
func ImageLayersCoW() *spec.Diagram {
	image := func(id, cmd, en, zh string) spec.Layer {
		return spec.Layer{ID: id, Label: spec.L(cmd), Sublabel: spec.T(en, zh), Role: spec.RoleSeries2}
	}
	perContainer := func(col string) []spec.Layer {
		return []spec.Layer{
			{ID: "upper-" + col, Label: ContainerLayer, Role: spec.RoleSeries1, Style: spec.Dashed, Columns: []string{col},
				Sublabel: spec.T("writable: new files, copied-up files, whiteouts", "可写：新文件、复制上来的文件、whiteout")},
			{ID: "merged-" + col, Label: MergedView, Role: spec.RoleNeutral, Style: spec.Dotted, Columns: []string{col},
				Sublabel: spec.T("the container's root filesystem /", "容器的根文件系统 /")},
		}
	}
	layers := []spec.Layer{
		image("from", "FROM ubuntu:22.04", "the base image's layers", "基础镜像的各层"),
		image("copy", "COPY . /app", "adds the application's files", "添加应用文件"),
		image("make", "RUN make /app", "adds the build output and a cache", "添加构建结果与缓存"),
		image("clean", "RUN rm -r $HOME/.cache", "whiteouts hide the cache; its bytes stay below", "以 whiteout 隐藏缓存，其数据仍留在下层"),
	}
	layers = append(layers, perContainer("a")...)
	layers = append(layers, perContainer("b")...)
	image4 := []string{"from", "copy", "make", "clean"}

	return &spec.Diagram{
		ID:    "image-layers-cow",
		Title: spec.T("Image layers and copy-on-write", "镜像层与写时复制（CoW）"),
		Subtitle: spec.T("Two containers of one image share its read-only layers; each writes only to its own thin container layer. The overlay2 storage driver stacks them with OverlayFS.",
			"同一镜像的两个容器共享其只读镜像层，各自只写入自己的薄容器层；overlay2 存储驱动借助 OverlayFS 把各层叠加起来。"),
		Notes: []spec.Text{
			spec.T("Notes, section 1.1.1, list aufs, devicemapper and overlay2. Docker deprecated aufs in v19.03 (removed in v24.0) and devicemapper in v18.09 (removed in v25.0); overlay2 is the driver for every supported distribution. Fresh installs of Docker Engine v29 and later use the containerd image store, whose overlayfs snapshotter stacks layers the same way, as Kubernetes nodes running containerd do.",
				"笔记第 1.1.1 节列出 aufs、devicemapper 与 overlay2。Docker 于 v19.03 弃用 aufs（v24.0 移除），于 v18.09 弃用 devicemapper（v25.0 移除）；overlay2 适用于所有受支持的发行版。Docker Engine v29 起新安装默认使用 containerd 镜像存储，其 overlayfs 快照器以同样方式叠加各层，运行 containerd 的 Kubernetes 节点亦然。"),
			spec.T("Instructions that only set metadata, such as LABEL and CMD, add no layer. Upstream: docs.docker.com/engine/storage/drivers/, …/drivers/overlayfs-driver/, …/drivers/select-storage-driver/, …/engine/storage/containerd/ and docs.docker.com/engine/deprecated/.",
				"只修改元数据的指令（如 LABEL、CMD）不产生镜像层。上游资料：docs.docker.com/engine/storage/drivers/、…/drivers/overlayfs-driver/、…/drivers/select-storage-driver/、…/engine/storage/containerd/ 与 docs.docker.com/engine/deprecated/。"),
		},
		Stack: &spec.Stack{
			Columns: []spec.StackColumn{
				{ID: "a", Label: ContainerA},
				{ID: "b", Label: ContainerB},
			},
			Layers: layers,
			Notes: []spec.SideNote{
				{ID: "read", Side: spec.Left, Arrow: spec.ArrowDown, Role: spec.RoleSeries2,
					Layers: append(append([]string(nil), image4...), "upper-a", "merged-a"),
					Text:   spec.T("read: look down through the layers; the topmost copy of a file wins", "读：自上而下逐层查找，最上层的文件副本生效")},
				{ID: "copy-up", Side: spec.Left, Arrow: spec.ArrowUp, Role: spec.RoleSeries1,
					Layers: append(append([]string(nil), image4...), "upper-a"),
					Text:   spec.T("first write: copy_up the whole file into the container layer, then change the copy", "首次写：先把整个文件 copy_up 到容器层，再修改这份副本")},
				{ID: "whiteout", Side: spec.Left, Role: spec.RoleSeries1, Layers: []string{"upper-a"},
					Text: spec.T("delete: a whiteout file hides the file below", "删除：用 whiteout 文件遮住下层的文件")},
				{ID: "lowerdir", Role: spec.RoleSeries2, Layers: image4,
					Text: spec.T("lowerdir: read-only image layers, shared by every container of the image", "lowerdir：只读镜像层，由该镜像的所有容器共享")},
				{ID: "upperdir", Role: spec.RoleSeries1, Layers: []string{"upper-b"},
					Text: spec.T("upperdir: one thin writable layer per container, deleted with it", "upperdir：每个容器一个薄可写层，随容器一起删除")},
				{ID: "merged", Layers: []string{"merged-b"},
					Text: spec.T("merged: the union mount the container runs on", "merged：容器所用的联合挂载点")},
			},
		},
	}
}
