package compose_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/spocd/spocd/mail/compose"
)

func ExampleBuild() {
	raw, err := compose.Build(compose.Mail{
		MessageID: "spocd.example@gemeente.example", // fixed before the first send: a retry sends the same id
		Date:      time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
		From:      compose.Address{Name: "SPOC", Addr: "spoc@gemeente.example"},
		To:        []compose.Address{{Name: "Jan", Addr: "jan@gemeente.example"}},
		Subject:   "[SPOC-0042] Nieuwe laptop",
		Text:      "We hebben je verzoek ontvangen.",
		Headers:   [][2]string{{"X-SPOCd-Ref", "SPOC-0042"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	head, _, _ := strings.Cut(string(raw), "\r\n\r\n")
	for _, line := range strings.Split(head, "\r\n") {
		if strings.HasPrefix(line, "Message-ID") || strings.HasPrefix(line, "Auto-Submitted") || strings.HasPrefix(line, "X-SPOCd") {
			fmt.Println(line)
		}
	}
	// Output:
	// Auto-Submitted: auto-generated
	// Message-ID: <spocd.example@gemeente.example>
	// X-SPOCd-Instance: 1
	// X-SPOCd-Ref: SPOC-0042
}

func ExampleMailto() {
	fmt.Println(compose.Mailto("spoc+abc@gemeente.example", "Re: [SPOC-0042] Nieuwe laptop", "akkoord"))
	// Output: mailto:spoc+abc@gemeente.example?subject=Re%3A%20%5BSPOC-0042%5D%20Nieuwe%20laptop&body=akkoord
}
