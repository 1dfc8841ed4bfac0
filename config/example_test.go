package config

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestExampleDocumentsEveryKey keeps config.example.toml complete: every key the config
// reads appears in it (set or commented), in its section.
func TestExampleDocumentsEveryKey(t *testing.T) {
	b, err := os.ReadFile("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	example := string(b)
	section := regexp.MustCompile(`(?m)^#?\s*\[\[?([a-z0-9_.]+)\]\]?`)
	keysIn := map[string]string{} // section -> its text
	locs := section.FindAllStringSubmatchIndex(example, -1)
	for i, l := range locs {
		end := len(example)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		name := example[l[2]:l[3]]
		keysIn[name] += example[l[1]:end]
	}
	var walk func(prefix string, typ reflect.Type)
	walk = func(prefix string, typ reflect.Type) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			tag := strings.Split(f.Tag.Get("toml"), ",")[0]
			if tag == "" || tag == "-" {
				continue
			}
			ft := f.Type
			if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Map {
				name := prefix + "." + tag
				if _, ok := keysIn[name]; !ok {
					t.Errorf("config.example.toml has no [%s] table", name)
				}
				continue
			}
			if ft.Kind() == reflect.Struct && ft != reflect.TypeOf(Duration{}) {
				name := tag
				if prefix != "" {
					name = prefix + "." + tag
				}
				walk(name, ft)
				continue
			}
			text, ok := keysIn[prefix]
			if !ok {
				t.Errorf("config.example.toml has no [%s] section (for %s)", prefix, tag)
				continue
			}
			if !regexp.MustCompile(`(?m)^#?\s*` + regexp.QuoteMeta(tag) + `\s*=`).MatchString(text) {
				t.Errorf("config.example.toml does not document [%s] %s", prefix, tag)
			}
		}
	}
	walk("", reflect.TypeOf(Config{}))
}
