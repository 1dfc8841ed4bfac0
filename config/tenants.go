package config

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
)

// Several SPOC mailboxes (tenants) in one installation: each [[mailbox]] block holds the
// settings of one organisation — name, [organisation], [imap], [spoc], [approval], [[rule]],
// [digest] … — on top of the top-level settings, which all mailboxes share ([database],
// [http], [log], and defaults for anything a block leaves out: [smtp], say). A config without
// [[mailbox]] blocks is the single-mailbox installation, exactly as before.

// sharedOnly are sections a [[mailbox]] block cannot override.
var sharedOnly = []string{"database", "http", "log"}

var tenantNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,39}$`)

// parseTenants handles a config with [[mailbox]] blocks; ok is false when there are none.
func parseTenants(path string, data []byte, getenv func(string) string) (cfg *Config, ok bool, err error) {
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, true, &Error{Path: path, Problems: []Problem{{Key: "(syntax)", Msg: err.Error()}}}
	}
	blocks, present := raw["mailbox"]
	if !present {
		return nil, false, nil
	}
	list, isList := blocks.([]map[string]any)
	if !isList || len(list) == 0 {
		return nil, true, &Error{Path: path, Problems: []Problem{{Key: "mailbox", Msg: "use [[mailbox]] blocks"}}}
	}
	delete(raw, "mailbox")
	var problems []Problem
	var tenants []Config
	names, prefixes, boxes := map[string]bool{}, map[string]string{}, map[string]string{}
	for i, block := range list {
		name, _ := block["name"].(string)
		key := fmt.Sprintf("mailbox[%d]", i)
		if name != "" {
			key = fmt.Sprintf("mailbox[%d] (%s)", i, name)
		}
		switch {
		case !tenantNameRE.MatchString(name):
			problems = append(problems, Problem{Key: key + ".name", Msg: fmt.Sprintf("%q: 1-40 lower-case letters, digits and dashes", name)})
		case names[name]:
			problems = append(problems, Problem{Key: key + ".name", Msg: fmt.Sprintf("%q is used twice", name)})
		}
		names[name] = true
		for _, s := range sharedOnly {
			if _, ok := block[s]; ok {
				problems = append(problems, Problem{Key: key + "." + s, Msg: "shared by all mailboxes: set it at the top level"})
			}
		}
		merged := merge(raw, block)
		delete(merged, "name")
		var buf bytes.Buffer
		if err := toml.NewEncoder(&buf).Encode(merged); err != nil {
			problems = append(problems, Problem{Key: key, Msg: err.Error()})
			continue
		}
		c, err := parseOne(path, buf.Bytes(), getenv)
		if err != nil {
			if ce, ok := err.(*Error); ok {
				for _, p := range ce.Problems {
					problems = append(problems, Problem{Key: key + "." + p.Key, Msg: p.Msg})
				}
				continue
			}
			return nil, true, err
		}
		c.Tenant = name
		if other, dup := prefixes[c.Organisation.RefPrefix]; dup {
			problems = append(problems, Problem{Key: key + ".organisation.ref_prefix", Msg: fmt.Sprintf("%q is also the prefix of mailbox %s: references must tell the organisations apart", c.Organisation.RefPrefix, other)})
		}
		prefixes[c.Organisation.RefPrefix] = name
		box := strings.ToLower(c.IMAP.Address + "/" + c.IMAP.Username + "/" + c.IMAP.Mailbox)
		if other, dup := boxes[box]; dup {
			problems = append(problems, Problem{Key: key + ".imap", Msg: "the same mailbox as mailbox " + other})
		}
		boxes[box] = name
		tenants = append(tenants, *c)
	}
	if len(problems) > 0 {
		return nil, true, &Error{Path: path, Problems: problems}
	}
	base := tenants[0]
	base.Tenant = ""
	base.Mailboxes = tenants
	base.Path = path
	return &base, true, nil
}

// merge returns base with over laid on top: tables merge key by key, anything else
// (values, arrays, arrays of tables such as [[rule]]) is replaced.
func merge(base, over map[string]any) map[string]any {
	out := make(map[string]any, len(base)+len(over))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range over {
		if bm, ok := out[k].(map[string]any); ok {
			if om, ok := v.(map[string]any); ok {
				out[k] = merge(bm, om)
				continue
			}
		}
		out[k] = v
	}
	return out
}

// Tenants lists the mailboxes of the installation: the [[mailbox]] blocks, or the config
// itself for a single-mailbox installation.
func (c *Config) Tenants() []*Config {
	if len(c.Mailboxes) == 0 {
		return []*Config{c}
	}
	out := make([]*Config, len(c.Mailboxes))
	for i := range c.Mailboxes {
		out[i] = &c.Mailboxes[i]
	}
	return out
}

// TenantByName finds a mailbox by name ("" for a single-mailbox installation).
func (c *Config) TenantByName(name string) (*Config, error) {
	var names []string
	for _, t := range c.Tenants() {
		if t.Tenant == name {
			return t, nil
		}
		names = append(names, t.Tenant)
	}
	if name == "" {
		return nil, fmt.Errorf("this installation serves several mailboxes: name one with --tenant (%s)", strings.Join(names, ", "))
	}
	if len(c.Mailboxes) == 0 {
		return nil, fmt.Errorf("no mailbox %q: this installation serves one mailbox (leave out --tenant)", name)
	}
	return nil, fmt.Errorf("no mailbox %q (there are %s)", name, strings.Join(names, ", "))
}
