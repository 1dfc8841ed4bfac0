package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/mail"
	"github.com/spocd/spocd/workflow"
)

// parseJSON is the contract of SPEC §7.
type parseJSON struct {
	File         string            `json:"file"`
	Action       string            `json:"action"`
	IgnoreReason *string           `json:"ignore_reason"`
	Ref          *string           `json:"ref"`
	Token        *string           `json:"token"`
	Decision     string            `json:"decision"`
	Status       *string           `json:"status"`
	Remark       *string           `json:"remark"`
	ReadBy       string            `json:"read_by,omitempty"` // "remark-model" when the remark model read the decision
	Subject      string            `json:"subject"`
	Text         string            `json:"text"`
	From         string            `json:"from"`
	MessageID    string            `json:"message_id"`
	Attachments  []mail.Attachment `json:"attachments"`
	Problems     []string          `json:"problems,omitempty"`
	CopyEdits    []string          `json:"copy_edits,omitempty"` // with --sent: words typed into the copy of that mail
	Error        string            `json:"error,omitempty"`
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// maxParseBytes bounds what parse reads from one file.
const maxParseBytes = 64 << 20

func (a *app) cmdParse(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	_ = fs.Bool("json", true, "JSON output (the only format)")
	sentFile := fs.String("sent", "", "the approval mail the files answer (.eml): words typed into its copy leave a yes open, as in the daemon")
	var files []string
	var flags []string
	for i := 0; i < len(args); i++ {
		x := args[i]
		switch {
		case (x == "--sent" || x == "-sent") && i+1 < len(args):
			flags = append(flags, x+"="+args[i+1])
			i++
		case len(x) > 1 && x[0] == '-':
			flags = append(flags, x)
		default:
			files = append(files, x)
		}
	}
	if err := parseFlags(fs, flags); err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError{"parse needs at least one .eml file"}
	}
	// The config is optional: it tells the reference prefix and our own addresses.
	opt := mail.Options{RefPrefix: "SPOC", PlusLocal: "spoc"}
	kw := mail.DefaultKeywords()
	if _, err := os.Stat(a.configPath); err == nil {
		cfg, err := config.Load(a.configPath, a.getenv)
		if err != nil {
			return err
		}
		opt = workflow.MailOptions(cfg)
		kw.Approve = append(kw.Approve, cfg.Approval.Approve...)
		kw.Reject = append(kw.Reject, cfg.Approval.Reject...)
	}
	var sent *mail.Message
	if *sentFile != "" {
		f, err := os.Open(*sentFile)
		if err != nil {
			return usageError{"--sent: " + err.Error()}
		}
		sent, err = mail.Parse(io.LimitReader(f, maxParseBytes), opt)
		f.Close()
		if err != nil {
			return usageError{"--sent " + *sentFile + ": " + err.Error()}
		}
	}
	var out []parseJSON
	failed := 0
	for _, f := range files {
		p := parseFile(f, opt, kw, sent)
		if p.Error != "" {
			failed++
		}
		out = append(out, p)
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	var err error
	if len(out) == 1 {
		err = enc.Encode(out[0])
	} else {
		err = enc.Encode(out)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d file(s) could not be read", failed, len(files))
	}
	return nil
}

// parseFile reads one file; sent, when set, is the mail it answers (--sent).
func parseFile(name string, opt mail.Options, kw mail.Keywords, sent *mail.Message) parseJSON {
	p := parseJSON{File: name, Action: "ignore", Decision: "none", Attachments: []mail.Attachment{}}
	f, err := os.Open(name)
	if err != nil {
		p.Error = err.Error()
		return p
	}
	defer f.Close()
	msg, err := mail.Parse(io.LimitReader(f, maxParseBytes), opt)
	if err != nil {
		p.Error = err.Error()
		return p
	}
	reply := mail.ReadMessageReply(msg, kw)
	p.Subject, p.Text, p.From, p.MessageID = msg.CleanSubject, reply.NewText, msg.From.Addr, msg.MessageID
	p.Ref, p.Token, p.Problems = strPtr(msg.Ref), strPtr(msg.Token), msg.Problems
	if msg.Attachments != nil {
		p.Attachments = msg.Attachments
	}
	switch {
	case msg.Ignore != mail.IgnoreNone:
		p.IgnoreReason = strPtr(string(msg.Ignore))
		return p
	case msg.Ref != "" || msg.Token != "" || ownThread(msg, opt.OwnDomain):
		p.Action = "update_request"
	default:
		p.Action = "new_request"
		return p
	}
	if sent != nil {
		p.CopyEdits = mail.CopyEditsBesides(msg, sent, reply.NewText)
		if len(p.CopyEdits) > 0 && reply.Decision == mail.DecisionApprove {
			reply = mail.Reply{NewText: reply.NewText, Decision: mail.DecisionNone, Ambiguous: mail.AmbiguousCopyEdited}
		}
	}
	p.Decision = string(reply.Decision)
	p.Status = strPtr(string(reply.Status))
	p.Remark = strPtr(reply.Remark)
	p.ReadBy = reply.ReadBy
	return p
}

func ownThread(msg *mail.Message, domain string) bool {
	for _, id := range append(append([]string{}, msg.InReplyTo...), msg.References...) {
		if mail.IsOwnMessageID(id, domain) {
			return true
		}
	}
	return false
}
