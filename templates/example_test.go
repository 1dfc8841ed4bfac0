package templates_test

import (
	"fmt"

	"github.com/spocd/spocd/templates"
)

func ExampleSet_Render() {
	set, err := templates.New() // at start-up: fails if any template is missing or broken
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := set.Render("nl", "ack", templates.Data{
		Org:         "Gemeente Voorbeeld",
		SPOCAddress: "spoc@gemeente-voorbeeld.nl",
		Request: templates.Request{Ref: "SPOC-0042", Subject: "Nieuwe laptop",
			Requester: "jan@gemeente-voorbeeld.nl", Status: "forwarded"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Subject)
	// Output: [SPOC-0042] Nieuwe laptop
}
