package imapin

import (
	"fmt"
	"strings"

	"github.com/emersion/go-sasl"
)

// xoauth2Client implements the SASL XOAUTH2 mechanism used by Microsoft 365
// and Google Workspace (https://developers.google.com/gmail/imap/xoauth2-protocol).
// go-sasl only ships OAUTHBEARER.
type xoauth2Client struct {
	username, token string
	failed          bool
}

var _ sasl.Client = (*xoauth2Client)(nil)

func newXOAuth2Client(username, token string) (*xoauth2Client, error) {
	if strings.ContainsAny(username, "\x01\r\n") || strings.ContainsAny(token, "\x01\r\n") {
		return nil, fmt.Errorf("xoauth2: username or token contains a control character")
	}
	return &xoauth2Client{username: username, token: token}, nil
}

func (c *xoauth2Client) Start() (string, []byte, error) {
	ir := "user=" + c.username + "\x01auth=Bearer " + c.token + "\x01\x01"
	return "XOAUTH2", []byte(ir), nil
}

// Next answers the server's error challenge (a base64 JSON document) with an
// empty response, after which the server fails the command with NO.
func (c *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	if c.failed {
		return nil, fmt.Errorf("xoauth2: unexpected second challenge")
	}
	c.failed = true
	return []byte{}, nil
}
