package spec

import (
	"errors"
	"testing"
)

// goodSequence is a small valid sequence; each case below breaks one thing.
func goodSequence() *Diagram {
	return &Diagram{
		ID:    "flow",
		Title: T("Flow", "流程"),
		Sequence: &Sequence{
			Groups: []ActorGroup{{ID: "cp", Label: T("Control plane", "控制平面")}},
			Actors: []Actor{
				{ID: "user", Label: T("User", "用户"), Kind: KindUser},
				{ID: "api", Label: L("kube-apiserver"), Kind: KindAPIServer, Group: "cp"},
				{ID: "etcd", Label: L("etcd"), Kind: KindStore, Group: "cp"},
			},
			Steps: []SequenceStep{
				{Phase: &Phase{ID: "deploy", Label: T("Deploy", "部署")}},
				{Message: &Message{From: "user", To: "api", Label: T("create", "创建")}},
				{Message: &Message{ID: "store", From: "api", To: "etcd", Label: T("store", "保存")}},
				{Message: &Message{From: "api", To: "api", Label: T("check", "检查")}}, // a self-message is fine
				{Note: &SequenceNote{ID: "n", Over: []string{"api", "etcd"}, Text: T("only the API server talks to etcd", "只有 API server 访问 etcd")}},
				{Message: &Message{From: "api", To: "user", Label: L("created"), Style: Dashed}},
			},
		},
	}
}

func TestSequenceValidateGood(t *testing.T) {
	if err := goodSequence().Validate(); err != nil {
		t.Fatalf("valid sequence rejected:\n%v", err)
	}
	if k := goodSequence().Kind(); k != "sequence" {
		t.Errorf("Kind() = %q, want sequence", k)
	}
}

func TestSequenceValidateBad(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(sq *Sequence)
		want   []string // substrings of one problem: the element and what is wrong
	}{
		{"unknown actor, to", func(sq *Sequence) { sq.Steps[1].Message.To = "apiserver" },
			[]string{"message 1 (user->apiserver)", `to names unknown actor "apiserver"`, "the actors are user, api, etcd"}},
		{"unknown actor, from, with an id", func(sq *Sequence) { sq.Steps[2].Message.From = "kube-api" },
			[]string{`message "store" (kube-api->etcd)`, `from names unknown actor "kube-api"`}},
		{"empty from", func(sq *Sequence) { sq.Steps[1].Message.From = "" },
			[]string{"message 1 (->api)", "from is empty"}},
		{"empty label", func(sq *Sequence) { sq.Steps[1].Message.Label = Text{} },
			[]string{"message 1 (user->api)", "label is empty"}},
		{"half a translation", func(sq *Sequence) { sq.Steps[1].Message.Label = Text{En: "create"} },
			[]string{"message 1 (user->api)", "label has no zh text"}},
		{"duplicate actor id", func(sq *Sequence) { sq.Actors[2].ID = "api" },
			[]string{`actor "api"`, "duplicate id"}},
		{"message id taken by an actor", func(sq *Sequence) { sq.Steps[2].Message.ID = "etcd" },
			[]string{`message "etcd"`, "duplicate id: actor already uses it"}},
		{"phase id taken by an actor", func(sq *Sequence) { sq.Steps[0].Phase.ID = "user" },
			[]string{`phase "user"`, "duplicate id"}},
		{"unknown role", func(sq *Sequence) { sq.Steps[1].Message.Role = "blue" },
			[]string{"message 1 (user->api)", `role "blue" is unknown`}},
		{"unknown style", func(sq *Sequence) { sq.Steps[1].Message.Style = "wavy" },
			[]string{"message 1 (user->api)", `style "wavy"`}},
		{"unknown kind", func(sq *Sequence) { sq.Actors[0].Kind = "robot" },
			[]string{`actor "user"`, `kind "robot" is unknown`}},
		{"actor without label", func(sq *Sequence) { sq.Actors[0].Label = Text{} },
			[]string{`actor "user"`, "label is empty"}},
		{"unknown group", func(sq *Sequence) { sq.Actors[2].Group = "node" },
			[]string{`actor "etcd"`, `group "node" is unknown`}},
		{"group actors apart", func(sq *Sequence) { sq.Actors[0].Group, sq.Actors[1].Group = "cp", "" },
			[]string{`actor group "cp"`, "not neighbours (columns 1, 3)"}},
		{"empty group", func(sq *Sequence) { sq.Actors[1].Group, sq.Actors[2].Group = "", "" },
			[]string{`actor group "cp"`, "has no actors"}},
		{"note over nobody", func(sq *Sequence) { sq.Steps[4].Note.Over = nil },
			[]string{`note "n"`, "over names 0 actors"}},
		{"note over three", func(sq *Sequence) { sq.Steps[4].Note.Over = []string{"user", "api", "etcd"} },
			[]string{`note "n"`, "over names 3 actors"}},
		{"note over an unknown actor", func(sq *Sequence) { sq.Steps[4].Note.Over = []string{"api", "scheduler"} },
			[]string{`note "n"`, `over names unknown actor "scheduler"`}},
		{"note without text", func(sq *Sequence) { sq.Steps[4].Note.Text = Text{} },
			[]string{`note "n"`, "text is empty"}},
		{"phase without label", func(sq *Sequence) { sq.Steps[0].Phase.Label = Text{} },
			[]string{`phase "deploy"`, "label is empty"}},
		{"step with two bodies", func(sq *Sequence) { sq.Steps[0].Note = sq.Steps[4].Note },
			[]string{"sequence step 1", "sets 2 of message, note and phase"}},
		{"empty step", func(sq *Sequence) { sq.Steps[0] = SequenceStep{} },
			[]string{"sequence step 1", "sets 0 of message, note and phase"}},
		{"no messages", func(sq *Sequence) { sq.Steps = sq.Steps[:1] },
			[]string{"sequence", "has no messages"}},
		{"no actors", func(sq *Sequence) { sq.Actors, sq.Groups, sq.Steps = nil, nil, nil },
			[]string{"sequence", "has no actors"}},
		{"negative aspect", func(sq *Sequence) { sq.Aspect = -1 },
			[]string{"sequence", "aspect -1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := goodSequence()
			tc.break_(d.Sequence)
			err := d.Validate()
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("Validate() = %v, want a *ValidationError", err)
			}
			for _, p := range verr.Problems {
				if p.Diagram != "flow" {
					t.Errorf("problem %q names diagram %q, want flow", p, p.Diagram)
				}
				if containsAll(p.String(), tc.want) {
					return
				}
			}
			t.Errorf("no problem mentions all of %q; got:\n%v", tc.want, err)
		})
	}
}

// TestSequenceTwoBodies: a sequence is one body among the others.
func TestSequenceTwoBodies(t *testing.T) {
	d := goodSequence()
	d.Timeline = &Timeline{}
	err := d.Validate()
	if err == nil || !containsAll(err.Error(), []string{"has 2 bodies", "Sequence"}) {
		t.Errorf("Validate() = %v, want a two-bodies problem naming Sequence", err)
	}
}
