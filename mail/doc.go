// Package mail is spocd's pure mail reader: bytes in, parsed mail out.
//
// Parse turns one RFC 5322 message into a Message: addresses, threading ids,
// the decoded subject without reply prefixes and reference tags, the request
// reference and approval token, the body text (HTML converted to text when
// there is no plain part), the attachments, and whether the mail is automatic
// (auto-reply, bounce, list mail or spocd's own mail) and must not be answered.
//
// The reader is written for hostile input: broken MIME, unknown charsets,
// 8-bit headers, bad base64 and quoted-printable, missing boundaries, huge
// headers and deep nesting never make it panic or fail; what could not be
// decoded is described in Message.Problems and the rest is returned.
//
// The package does no I/O of its own and imports no networking or database
// packages (net/mail is used only as an address and date parser).
package mail
